// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace lre {

std::string plain_decimal(double value)
{
    std::string text = std::to_string(value);
    while (text.size() > 1 && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

std::optional<std::string> validate_alpha(double alpha)
{
    if (!std::isfinite(alpha) || alpha < limits::kAlphaMin || alpha > limits::kAlphaMax)
        return "alpha must be a finite number from " + plain_decimal(limits::kAlphaMin) + " to "
            + plain_decimal(limits::kAlphaMax);
    return std::nullopt;
}

std::optional<std::string> validate_x_bound(double x)
{
    if (!std::isfinite(x) || std::abs(x) > limits::kXAbsMax)
        return "x bounds must be finite numbers from -1e6 to 1e6";
    return std::nullopt;
}

std::optional<std::string> validate_x_range(double xMin, double xMax)
{
    if (auto error = validate_x_bound(xMin))
        return error;
    if (auto error = validate_x_bound(xMax))
        return error;
    // The tolerance lets bounds rounded to a millionth (as a spin box holds them) pass.
    if (!(xMax - xMin >= limits::kMinXSpan * (1.0 - 1e-9)))
        return "x-max must exceed x-min by at least 1e-6";
    return std::nullopt;
}

std::optional<std::string> validate_image_side(long side)
{
    if (side < limits::kImageSideMin || side > limits::kImageSideMax)
        return "image width and height must be from " + std::to_string(limits::kImageSideMin)
            + " to " + std::to_string(limits::kImageSideMax) + " pixels";
    return std::nullopt;
}

std::optional<std::string> validate_samples(long samples)
{
    if (samples < limits::kSamplesMin || samples > limits::kSamplesMax)
        return "samples must be a whole number from " + std::to_string(limits::kSamplesMin)
            + " to " + std::to_string(limits::kSamplesMax);
    return std::nullopt;
}

std::optional<std::string> validate(const PlotParams &params)
{
    if (auto error = validate_alpha(params.alpha))
        return error;
    return validate_x_range(params.xMin, params.xMax);
}

bool is_valid(const PlotParams &params)
{
    return !validate(params).has_value();
}

XRange clamp_x_range(double xMin, double xMax)
{
    if (!std::isfinite(xMin) || !std::isfinite(xMax))
        return {};
    if (!validate_x_range(xMin, xMax))
        return {xMin, xMax};
    if (xMin > xMax)
        std::swap(xMin, xMax);
    const double limit = limits::kXAbsMax;
    double span = std::clamp(xMax - xMin, limits::kMinXSpan, 2.0 * limit);
    double centre = std::clamp(xMin / 2.0 + xMax / 2.0, -limit + span / 2.0, limit - span / 2.0);
    XRange range{centre - span / 2.0, centre + span / 2.0};
    range.min = std::max(range.min, -limit);
    range.max = std::min(range.max, limit);
    // Rounding near large bounds can leave the span a few ulps short: widen by single ulps.
    for (int i = 0; i < 64 && validate_x_range(range.min, range.max); ++i) {
        if (range.max < limit)
            range.max = std::nextafter(range.max, limit);
        else
            range.min = std::nextafter(range.min, -limit);
    }
    return range;
}

} // namespace lre
