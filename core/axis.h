// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace lre {

// An axis range with "nice" ticks: the step is 1, 2 or 5 times a power of ten, and ticks sit at
// anchor + k * step, so that 0 is on a grid line whenever it is in [min, max].
struct AxisScale {
    double min = 0.0;
    double max = 1.0;
    double step = 0.1;
    double anchor = 0.0;
    int decimals = 1; // enough to tell neighbouring tick labels apart
    // printf format for tick labels: fixed decimals, or %g with enough significant digits when
    // fixed notation would be too long (tiny steps, huge values).
    std::string labelFormat = "%.1f";
};

double nice_step(double span, int targetTicks);

struct Tick {
    double value = 0.0;
    std::string label;
};

// The ticks inside [min, max], each a whole multiple of the step (never steps added up, which
// leaves float residue such as 5.2e-26 where 0 belongs), labelled briefly for a horizontal axis.
std::vector<Tick> ticks(const AxisScale &axis);

// The x axis shows exactly [lo, hi]; the y axis pads what is drawn so no curve touches the
// frame, and ends on ticks.
AxisScale exact_axis(double lo, double hi, int targetTicks = 10);
AxisScale padded_axis(double lo, double hi, int targetTicks = 8, double padFraction = 0.06);

} // namespace lre
