// SPDX-License-Identifier: GPL-3.0-or-later
#include "textvalues.h"

#include "parse.h"
#include "validation.h"

namespace lre {

std::optional<Theme> parse_theme(std::string_view text)
{
    if (text == "light")
        return Theme::Light;
    if (text == "dark")
        return Theme::Dark;
    return std::nullopt;
}

std::optional<bool> parse_on_off(std::string_view text)
{
    if (text == "on")
        return true;
    if (text == "off")
        return false;
    return std::nullopt;
}

std::optional<ZeroGradient> parse_zero_gradient(std::string_view text)
{
    if (text == "left")
        return ZeroGradient::LeftLimit;
    if (text == "right")
        return ZeroGradient::RightLimit;
    return std::nullopt;
}

std::optional<bool> parse_bool(std::string_view text)
{
    if (text == "true")
        return true;
    if (text == "false")
        return false;
    return std::nullopt;
}

std::string_view theme_name(Theme theme)
{
    return theme == Theme::Dark ? "dark" : "light";
}

std::string_view zero_gradient_name(ZeroGradient convention)
{
    return convention == ZeroGradient::RightLimit ? "right" : "left";
}

namespace {

std::optional<double> number(const std::optional<std::string> &text)
{
    return text ? parse_double(*text) : std::nullopt;
}

} // namespace

PlotParams restore_plot_params(const StoredPlotParams &stored)
{
    PlotParams params;
    if (const auto alpha = number(stored.alpha); alpha && !validate_alpha(*alpha))
        params.alpha = *alpha;
    const auto xMin = number(stored.xMin);
    const auto xMax = number(stored.xMax);
    if (xMin && xMax && !validate_x_range(*xMin, *xMax)) {
        params.xMin = *xMin;
        params.xMax = *xMax;
    }
    if (stored.showGradients)
        params.showGradients = parse_bool(*stored.showGradients).value_or(params.showGradients);
    if (stored.zeroGradient)
        params.zeroGradient = parse_zero_gradient(*stored.zeroGradient).value_or(params.zeroGradient);
    return params;
}

} // namespace lre
