// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"

class QSettings;

namespace lre::ui {

// Whatever the file holds (missing keys, wrong types, garbage, NaN), the result is valid:
// each bad value falls back to its default.
PlotParams load_plot_params(QSettings &settings);
void save_plot_params(QSettings &settings, const PlotParams &params);

} // namespace lre::ui
