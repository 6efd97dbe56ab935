// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"
#include "textvalues.h"

class QSettings;

namespace lre::ui {

// Whatever the file holds (missing keys, wrong types, garbage, NaN), the result is valid:
// each bad value falls back to its default.
PlotParams load_plot_params(QSettings &settings);
void save_plot_params(QSettings &settings, const PlotParams &params);
// Pinned alphas as "0.01,0.3" (C-style whatever the locale); a bad list gives no pins.
Pins load_pins(QSettings &settings);
void save_pins(QSettings &settings, const Pins &pins);

} // namespace lre::ui
