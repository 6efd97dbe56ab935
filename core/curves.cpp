// SPDX-License-Identifier: GPL-3.0-or-later
#include "curves.h"

#include <algorithm>

namespace lre {

namespace {

template <typename F>
Polyline function_curve(const PlotParams &p, F f)
{
    Polyline line{{p.xMin, f(p.xMin)}};
    if (p.xMin < 0.0 && 0.0 < p.xMax)
        line.push_back({0.0, f(0.0)});
    line.push_back({p.xMax, f(p.xMax)});
    return line;
}

GradientStep gradient_step(const PlotParams &p, double leftSlope, double rightSlope)
{
    GradientStep step;
    if (p.xMin < 0.0)
        step.pieces.push_back({{p.xMin, leftSlope}, {std::min(0.0, p.xMax), leftSlope}});
    if (p.xMax > 0.0)
        step.pieces.push_back({{std::max(0.0, p.xMin), rightSlope}, {p.xMax, rightSlope}});
    if (p.xMin <= 0.0 && 0.0 <= p.xMax) {
        const bool left = p.zeroGradient == ZeroGradient::LeftLimit;
        step.atZero = Point{0.0, left ? leftSlope : rightSlope};
        if (leftSlope != rightSlope)
            step.otherLimit = Point{0.0, left ? rightSlope : leftSlope};
    }
    return step;
}

void widen(YExtent &extent, const Polyline &line, bool &first)
{
    for (const Point &pt : line) {
        if (first) {
            extent = {pt.y, pt.y};
            first = false;
        }
        extent.min = std::min(extent.min, pt.y);
        extent.max = std::max(extent.max, pt.y);
    }
}

} // namespace

Curves exact_curves(const PlotParams &p)
{
    Curves c;
    c.relu = function_curve(p, [](double x) { return relu(x); });
    c.leakyRelu = function_curve(p, [&](double x) { return leaky_relu(x, p.alpha); });
    c.reluGrad = gradient_step(p, 0.0, 1.0);
    c.leakyReluGrad = gradient_step(p, p.alpha, 1.0);
    return c;
}

PinnedCurve pinned_curve(const PlotParams &p, double alpha)
{
    return {alpha, function_curve(p, [alpha](double x) { return leaky_relu(x, alpha); }),
            gradient_step(p, alpha, 1.0)};
}

YExtent function_extent(const Curves &curves)
{
    YExtent extent;
    bool first = true;
    widen(extent, curves.relu, first);
    widen(extent, curves.leakyRelu, first);
    return extent;
}

namespace {

void widen(YExtent &extent, const GradientStep &step, bool &first)
{
    for (const Polyline &piece : step.pieces)
        widen(extent, piece, first);
    if (step.atZero)
        widen(extent, {*step.atZero}, first);
    if (step.otherLimit)
        widen(extent, {*step.otherLimit}, first);
}

} // namespace

YExtent gradient_extent(const Curves &curves)
{
    // 0 and 1 always show: a gradient axis without them reads wrong.
    YExtent extent{0.0, 1.0};
    bool first = false;
    widen(extent, curves.reluGrad, first);
    widen(extent, curves.leakyReluGrad, first);
    return extent;
}

YExtent function_extent(const Curves &curves, const std::vector<PinnedCurve> &pins)
{
    YExtent extent = function_extent(curves);
    bool first = false;
    for (const PinnedCurve &pin : pins)
        widen(extent, pin.function, first);
    return extent;
}

YExtent gradient_extent(const Curves &curves, const std::vector<PinnedCurve> &pins)
{
    YExtent extent = gradient_extent(curves);
    bool first = false;
    for (const PinnedCurve &pin : pins)
        widen(extent, pin.gradient, first);
    return extent;
}

} // namespace lre
