// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"

#include <optional>
#include <vector>

namespace lre {

struct Point {
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const Point &, const Point &) = default;
};

using Polyline = std::vector<Point>;

// A gradient is a step: one flat piece on each side of 0 that lies in the range, never joined
// across x = 0. atZero is the value the convention gives at 0 (drawn filled); otherLimit is the
// one-sided limit it did not pick (drawn hollow), absent where both limits agree.
struct GradientStep {
    std::vector<Polyline> pieces;
    std::optional<Point> atZero;
    std::optional<Point> otherLimit;
};

struct Curves {
    Polyline relu;
    Polyline leakyRelu;
    GradientStep reluGrad;
    GradientStep leakyReluGrad;
};

// Both functions are piecewise linear, so their exact curves are the range's ends plus x = 0
// when it lies inside: no sampling grid can cut the kink.
Curves exact_curves(const PlotParams &params);

// A pinned Leaky ReLU at its own alpha over the same range and x = 0 convention, as exact as
// the main curve. It depends on the range and the convention, never on params.alpha.
struct PinnedCurve {
    double alpha = 0.0;
    Polyline function;
    GradientStep gradient;
};

PinnedCurve pinned_curve(const PlotParams &params, double alpha);

struct YExtent {
    double min = 0.0;
    double max = 0.0;
};

YExtent function_extent(const Curves &curves);
YExtent gradient_extent(const Curves &curves);
// The same, widened to hold the pinned curves.
YExtent function_extent(const Curves &curves, const std::vector<PinnedCurve> &pins);
YExtent gradient_extent(const Curves &curves, const std::vector<PinnedCurve> &pins);

} // namespace lre
