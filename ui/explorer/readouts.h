// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"
#include "textvalues.h"

#include <QString>

namespace lre::ui {

struct AlphaNote {
    QString text;
    bool warning = false; // alpha changes what the function is (0, 1, < 0, > 1)
};

// What the current alpha means, or a hint on how to move it when nothing is special about it.
AlphaNote alpha_note(double alpha);

// x and both functions and gradients at x, for the status bar under the mouse.
// Each pinned alpha adds its Leaky ReLU and gradient at x.
QString hover_text(double x, const PlotParams &params, const Pins &pins = {});

} // namespace lre::ui
