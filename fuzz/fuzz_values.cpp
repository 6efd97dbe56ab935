// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the parsers and validators that take text from the command line and settings.
#include "parse.h"
#include "textvalues.h"
#include "validation.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (const auto value = lre::parse_double(text)) {
        if (!lre::validate_alpha(*value))
            require(std::isfinite(*value) && std::abs(*value) <= lre::limits::kAlphaMax);
        if (!lre::validate_x_bound(*value))
            require(std::isfinite(*value) && std::abs(*value) <= lre::limits::kXAbsMax);
    }
    if (const auto count = lre::parse_count(text); count && !lre::validate_samples(*count))
        require(*count >= lre::limits::kSamplesMin && *count <= lre::limits::kSamplesMax);
    if (const auto image = lre::parse_image_size(text)) {
        require(image->width >= lre::limits::kImageSideMin && image->width <= lre::limits::kImageSideMax);
        require(image->height >= lre::limits::kImageSideMin && image->height <= lre::limits::kImageSideMax);
    }
    (void)lre::parse_theme(text);
    (void)lre::parse_on_off(text);
    (void)lre::parse_zero_gradient(text);
    (void)lre::parse_bool(text);
    // Any two numbers in the text, as zoom and pan would request them, clamp to a valid range.
    const auto split = text.find(',');
    if (split != std::string_view::npos) {
        const auto lo = lre::parse_double(text.substr(0, split));
        const auto hi = lre::parse_double(text.substr(split + 1));
        if (lo && hi) {
            const auto range = lre::clamp_x_range(*lo, *hi);
            require(!lre::validate_x_range(range.min, range.max));
        }
    }
    return 0;
}
