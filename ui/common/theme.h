// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textvalues.h"

#include <QColor>
#include <QPalette>

class QWidget;

namespace lre::ui {

using lre::Theme;

struct ThemeColors {
    QColor window;
    QColor chartBackground;
    QColor plotBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
    QColor leakyRelu;
    QColor relu;
    QColor note;
};

ThemeColors theme_colors(Theme theme);
QPalette theme_palette(Theme theme);

// Sets a label's text colour only when it differs: a palette change repolishes the widget, and
// some labels change with every slider step.
void set_text_color(QWidget *widget, const QColor &color);

// Fusion with the theme's palette for the whole application, so dialogs match the window.
void apply_application_theme(Theme theme);

} // namespace lre::ui
