// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"

#include <QString>

namespace lre::ui {

// The page's one-paragraph summary, made from the numbers of the result by the rules in
// core/lab/sweep.h (lr_window, compare_windows) and README's "Sensitivity": never fixed text.
QString sweep_summary_text(const SweepResult &result);

// A learning rate or an alpha as the page prints it: short, and exact enough to tell grid
// points apart.
QString sweep_value_text(double value);

} // namespace lre::ui
