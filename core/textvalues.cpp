// SPDX-License-Identifier: GPL-3.0-or-later
#include "textvalues.h"

#include "parse.h"
#include "samples.h"
#include "validation.h"

#include <algorithm>

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

// An entry in quotes, at most 40 characters of it (GCC 12 warns, wrongly, on "'" + std::string).
std::string quoted(std::string_view entry)
{
    std::string text(1, '\'');
    text.append(entry.substr(0, 40));
    text.push_back('\'');
    return text;
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

bool add_pin(Pins &pins, double alpha)
{
    if (pins.size() >= kMaxPins || std::find(pins.begin(), pins.end(), alpha) != pins.end())
        return false;
    pins.push_back(alpha);
    return true;
}

PinList parse_pin_list(std::string_view text)
{
    PinList list;
    if (text.empty())
        return list;
    std::size_t count = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string_view entry = text.substr(start, comma - start);
        start = comma + 1;
        const auto value = parse_double(entry);
        if (!value) {
            list.error = quoted(entry) + " is not a number";
            return list;
        }
        if (validate_alpha(*value)) {
            list.error = quoted(entry) + " is out of range";
            return list;
        }
        if (++count > kMaxPins) {
            list.error = "more than " + std::to_string(kMaxPins) + " values";
            return list;
        }
        add_pin(list.pins, *value);
    }
    return list;
}

std::string pin_list_text(const Pins &pins)
{
    std::string text;
    for (double alpha : pins) {
        if (!text.empty())
            text += ',';
        text += format_double(alpha);
    }
    return text;
}

Pins restore_pins(const std::optional<std::string> &stored)
{
    if (!stored)
        return {};
    PinList list = parse_pin_list(*stored);
    return list.error.empty() ? list.pins : Pins{};
}

} // namespace lre
