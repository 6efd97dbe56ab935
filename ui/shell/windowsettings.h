// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QByteArray>

class QSettings;

namespace lre::ui {

// What the window itself remembers; each page stores its own settings.
struct WindowSettings {
    Theme theme = Theme::Light;
    QByteArray geometry;
};

// Whatever the file holds, the result is valid: a bad value falls back to its default.
WindowSettings load_window_settings(QSettings &settings);
void save_window_settings(QSettings &settings, const WindowSettings &values);

} // namespace lre::ui
