// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

// JSON as the app's files use it: a strict reader (RFC 8259) and the writers' spellings.

namespace lre {

struct Json {
    enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
    bool boolean = false;
    double number = 0.0;
    std::string text; // a string's value
    std::vector<Json> items;
    std::map<std::string, Json, std::less<>> members;
};

// The one value the text holds. Throws std::invalid_argument ("what at byte N") when it is not
// JSON: trailing text, a duplicate member name, nesting over 64 deep, a bad escape or number.
// \u escapes beyond ASCII read as '?' (the app's files write only ASCII names).
Json parse_json(std::string_view text);

// The shortest form that reads back exactly; null for infinities and NaN (JSON has neither).
std::string json_number(double value);
// Quoted, with '"', '\\' and control characters escaped.
std::string json_string(std::string_view text);

} // namespace lre
