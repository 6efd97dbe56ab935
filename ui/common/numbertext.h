// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace lre::ui {

// The window shows numbers in the user's locale (QLocale(), the system's unless set), with no
// group separator, the same way everywhere: spin boxes, titles, tick labels, presets, readouts,
// the lab's text. Files and the command line stay C-style (core/textvalues, core/samples).
QLocale shown_locale();
QString shown_number(double value, char format = 'g', int precision = 6);

} // namespace lre::ui
