// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"

#include <optional>
#include <string>
#include <string_view>

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

} // namespace lre
