// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lre {

enum class Theme { Light, Dark };

// The words the command line and the settings file use, parsed strictly (lower case, no blanks).
std::optional<Theme> parse_theme(std::string_view text);
std::optional<bool> parse_on_off(std::string_view text);
std::optional<ZeroGradient> parse_zero_gradient(std::string_view text);
std::optional<bool> parse_bool(std::string_view text); // "true"/"false", as QSettings writes them

std::string_view theme_name(Theme theme);
std::string_view zero_gradient_name(ZeroGradient convention);

// Plot parameters as a settings file stores them, each value still text and possibly absent.
struct StoredPlotParams {
    std::optional<std::string> alpha;
    std::optional<std::string> xMin;
    std::optional<std::string> xMax;
    std::optional<std::string> showGradients;
    std::optional<std::string> zeroGradient;
};

// Each missing, malformed or out-of-range value falls back to its default; the x bounds fall
// back together, so the result is always valid.
PlotParams restore_plot_params(const StoredPlotParams &stored);

// Pinned alphas: reference Leaky ReLU curves kept on the chart while alpha moves on.
inline constexpr std::size_t kMaxPins = 6;
using Pins = std::vector<double>;

// Appends alpha unless it is already pinned or kMaxPins are; true when it was added.
bool add_pin(Pins &pins, double alpha);

struct PinList {
    Pins pins;
    std::string error; // empty when the list is valid
};

// "0.01,0.1,0.3" as the command line and the settings file write it: each entry a C-style
// number accepted as alpha, at most kMaxPins, a repeated value kept once. An empty text is no pins.
PinList parse_pin_list(std::string_view text);
// The shortest decimals that read back exactly, comma-separated.
std::string pin_list_text(const Pins &pins);
// A stored list that does not parse gives no pins at all.
Pins restore_pins(const std::optional<std::string> &stored);

} // namespace lre
