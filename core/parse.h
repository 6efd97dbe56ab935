// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace lre {

struct ImageSize {
    int width = 0;
    int height = 0;
};

// Strict parsers for text from outside (command line, settings): the whole text must be the
// value, with no surrounding blanks. Range checks are the validators' job, not theirs.
std::optional<double> parse_double(std::string_view text);
std::optional<long> parse_count(std::string_view text);
// "WxH" (or "WXH") with both sides whole numbers within the image limits.
std::optional<ImageSize> parse_image_size(std::string_view text);

} // namespace lre
