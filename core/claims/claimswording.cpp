// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimswording.h"

#include <array>
#include <charconv>
#include <vector>

namespace lre {

std::string ClaimsWording::c_number(double value, char format, int precision)
{
    // std::to_chars, not printf: printf follows LC_NUMERIC, which Qt sets from the environment.
    std::array<char, 512> text{}; // any double with %.1f, and up to 150 decimals
    const auto [end, ec] = std::to_chars(text.data(), text.data() + text.size(), value,
                                         format == 'f' ? std::chars_format::fixed : std::chars_format::general,
                                         precision);
    return ec == std::errc() ? std::string(text.data(), end) : std::string("?");
}

std::string fill(const std::string &source, std::initializer_list<std::string> args)
{
    const std::vector<std::string> list(args);
    std::string out;
    out.reserve(source.size() + 16 * list.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        const char next = i + 1 < source.size() ? source[i + 1] : '\0';
        const std::size_t index = next >= '1' && next <= '9' ? static_cast<std::size_t>(next - '1') : list.size();
        if (source[i] == '%' && index < list.size()) {
            out += list[index];
            ++i;
        } else {
            out += source[i];
        }
    }
    return out;
}

std::string say(const ClaimsWording &wording, const char *source, std::initializer_list<std::string> args)
{
    return fill(wording.translate(source), args);
}

std::string percent(const ClaimsWording &wording, double fraction)
{
    return say(wording, LRE_TRANSLATE_NOOP("lre::claims", "%1%"), {wording.number(100.0 * fraction, 'f', 1)});
}

} // namespace lre
