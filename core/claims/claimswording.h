// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <initializer_list>
#include <string>

// The claims' cards in the reader's language without Qt: every sentence is one English template
// with %1, %2... placeholders, marked for lupdate, and the caller says how to translate it and
// how to write a number. The defaults are English with C-style numbers, which --claims-report
// uses; the window passes QCoreApplication::translate and QLocale.

// Marks an English text for lupdate, like QT_TRANSLATE_NOOP (an alias in i18n/CMakeLists.txt).
// The context is always "lre::claims" (kClaimsContext), written out because lupdate reads it.
#define LRE_TRANSLATE_NOOP(context, text) text

namespace lre {

inline constexpr const char *kClaimsContext = "lre::claims";

struct ClaimsWording {
    // The text to show for an English template marked with LRE_TRANSLATE_NOOP.
    std::function<std::string(const char *source)> translate = [](const char *source) {
        return std::string(source);
    };
    // value with format 'f' (precision decimals) or 'g' (precision significant digits), as
    // printf writes it in the C locale, or as QLocale::toString does in the reader's.
    std::function<std::string(double value, char format, int precision)> number = c_number;

    static std::string c_number(double value, char format, int precision);
};

// source with %1..%9 replaced by args in one pass (a placeholder may appear in any order, or
// twice); a % not followed by the number of an argument stays as it is.
std::string fill(const std::string &source, std::initializer_list<std::string> args);

// A translated template, filled.
std::string say(const ClaimsWording &wording, const char *source, std::initializer_list<std::string> args = {});

// A fraction as a percentage with one decimal: "12.5%" in English.
std::string percent(const ClaimsWording &wording, double fraction);

} // namespace lre
