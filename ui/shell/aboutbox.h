// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace lre::ui {

// Help > About: what the app shows and why Leaky ReLU exists, in a few lines.
void show_about(QWidget *parent);

} // namespace lre::ui
