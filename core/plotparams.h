// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activation.h"

namespace lre {

// Everything that decides what the chart and the exports show, apart from the colour theme.
struct PlotParams {
    double alpha = 0.1;
    double xMin = -5.0;
    double xMax = 5.0;
    bool showGradients = true;
    ZeroGradient zeroGradient = ZeroGradient::LeftLimit;

    friend bool operator==(const PlotParams &, const PlotParams &) = default;
};

} // namespace lre
