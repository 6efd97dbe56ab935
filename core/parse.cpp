// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse.h"

#include "validation.h"

#include <charconv>

namespace lre {

std::optional<double> parse_double(std::string_view text)
{
    if (text.empty() || text.size() > 64)
        return std::nullopt;
    if (text.size() > 1 && text[0] == '+' && text[1] != '-' && text[1] != '+')
        text.remove_prefix(1);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<long> parse_count(std::string_view text)
{
    if (text.empty() || text.size() > 20)
        return std::nullopt;
    long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<ImageSize> parse_image_size(std::string_view text)
{
    const auto sep = text.find_first_of("xX");
    if (sep == std::string_view::npos)
        return std::nullopt;
    const auto width = parse_count(text.substr(0, sep));
    const auto height = parse_count(text.substr(sep + 1));
    if (!width || !height || validate_image_side(*width) || validate_image_side(*height))
        return std::nullopt;
    return ImageSize{static_cast<int>(*width), static_cast<int>(*height)};
}

} // namespace lre
