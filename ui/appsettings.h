#pragma once

#include "theme.h"

#include "plotparams.h"

#include <QByteArray>

class QSettings;

namespace lre::ui {

struct AppSettings {
    PlotParams params;
    Theme theme = Theme::Light;
    QByteArray windowGeometry;
};

// Whatever the file holds (missing keys, wrong types, garbage, NaN), the result is valid:
// each bad value falls back to its default.
AppSettings load_settings(QSettings &settings);
void save_settings(QSettings &settings, const AppSettings &values);

} // namespace lre::ui
