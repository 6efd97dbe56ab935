#include "axis.h"

#include <algorithm>
#include <cmath>

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

AxisScale scale_for(double lo, double hi, int targetTicks)
{
    AxisScale axis;
    axis.min = lo;
    axis.max = hi;
    axis.step = nice_step(hi - lo, targetTicks);
    if (lo <= 0.0 && 0.0 <= hi)
        axis.anchor = 0.0;
    else
        axis.anchor = std::ceil(lo / axis.step) * axis.step;
    axis.decimals = std::clamp(static_cast<int>(-std::floor(std::log10(axis.step) + 1e-9)), 0, 15);
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    // Fixed notation reads best and never shows float residue at 0 ("5.2e-26"), so %g is kept
    // for what fixed notation cannot say briefly.
    if (axis.decimals > 12 || magnitude >= 1e7) {
        const int digits = std::clamp(
            static_cast<int>(std::ceil(std::log10(magnitude / axis.step) - 1e-9)) + 1, 1, 15);
        axis.labelFormat = "%." + std::to_string(digits) + "g";
    } else {
        axis.labelFormat = "%." + std::to_string(axis.decimals) + "f";
    }
    return axis;
}

} // namespace

AxisScale exact_axis(double lo, double hi, int targetTicks)
{
    return scale_for(lo, hi, targetTicks);
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
    return scale_for(lo - pad, hi + pad, targetTicks);
}

} // namespace lre
