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
