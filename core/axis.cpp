// SPDX-License-Identifier: GPL-3.0-or-later
#include "axis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lre {

double nice_step(double span, int targetTicks)
{
    if (!(span > 0.0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    double nice = 10.0;
    if (fraction <= 1.0)
        nice = 1.0;
    else if (fraction <= 2.0)
        nice = 2.0;
    else if (fraction <= 5.0)
        nice = 5.0;
    return nice * magnitude;
}

namespace {

std::string label_format(double lo, double hi, double step, int decimals, int maxFixedDecimals)
{
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    if (decimals > maxFixedDecimals || magnitude >= 1e7) {
        const int digits = std::clamp(
            static_cast<int>(std::ceil(std::log10(magnitude / step) - 1e-9)) + 1, 1, 15);
        return "%." + std::to_string(digits) + "g";
    }
    return "%." + std::to_string(decimals) + "f";
}

AxisScale scale_for(double lo, double hi, double step)
{
    AxisScale axis;
    axis.min = lo;
    axis.max = hi;
    axis.step = step;
    if (lo <= 0.0 && 0.0 <= hi)
        axis.anchor = 0.0;
    else
        axis.anchor = std::ceil(lo / axis.step) * axis.step;
    axis.decimals = std::clamp(static_cast<int>(-std::floor(std::log10(axis.step) + 1e-9)), 0, 15);
    // Fixed notation reads best and, on Qt's value axes (which add steps up), never shows float
    // residue at 0 such as "5.2e-26"; %g is kept for what fixed notation cannot say briefly.
    axis.labelFormat = label_format(lo, hi, axis.step, axis.decimals, 12);
    return axis;
}

} // namespace

std::vector<Tick> ticks(const AxisScale &axis)
{
    // Labels side by side must stay short, so more than four decimals switch to %g; exact
    // multiples keep %g free of residue.
    const std::string format = label_format(axis.min, axis.max, axis.step, axis.decimals, 4);
    std::vector<Tick> result;
    if (!(axis.step > 0.0) || !(axis.max >= axis.min))
        return result;
    const double first = std::ceil(axis.min / axis.step - 1e-9);
    const double last = std::floor(axis.max / axis.step + 1e-9);
    if (!(last - first < 1000.0))
        return result;
    for (double k = first; k <= last; k += 1.0) {
        const double value = k * axis.step + 0.0; // + 0.0 turns -0 into 0
        char text[64];
        std::snprintf(text, sizeof text, format.c_str(), value);
        result.push_back({value, text});
    }
    return result;
}

AxisScale exact_axis(double lo, double hi, int targetTicks)
{
    return scale_for(lo, hi, nice_step(hi - lo, targetTicks));
}

AxisScale padded_axis(double lo, double hi, int targetTicks, double padFraction)
{
    double span = hi - lo;
    if (!(span > 0.0)) {
        // A flat curve still gets a readable band around it.
        const double half = std::max(std::abs(lo) * 0.1, 1.0);
        lo -= half;
        hi += half;
        span = hi - lo;
    }
    const double pad = span * padFraction;
    // Ending on ticks keeps the axis still while a curve moves within it (it changes only when
    // the curve crosses a tick), which reads better than an axis that rescales on every step.
    const double step = nice_step(span + 2.0 * pad, targetTicks);
    const double snappedLo = std::floor((lo - pad) / step) * step;
    const double snappedHi = std::ceil((hi + pad) / step) * step;
    // The ends are multiples of this step, not necessarily of a step chosen for the wider span.
    return scale_for(snappedLo, snappedHi, step);
}

} // namespace lre
