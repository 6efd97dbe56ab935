// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include "storedtext.h"

#include "textvalues.h"

#include <QSettings>

namespace lre::ui {

namespace {

constexpr auto kTheme = "view/theme";
constexpr auto kGeometry = "window/geometry";
constexpr qsizetype kLongestGeometry = 4096;

} // namespace

WindowSettings load_window_settings(QSettings &settings)
{
    WindowSettings values;
    if (const auto theme = stored_text(settings, kTheme))
        values.theme = parse_theme(*theme).value_or(Theme::Light);
    const QVariant geometry = settings.value(QLatin1String(kGeometry));
    if (geometry.typeId() == QMetaType::QByteArray && geometry.toByteArray().size() < kLongestGeometry)
        values.geometry = geometry.toByteArray();
    return values;
}

void save_window_settings(QSettings &settings, const WindowSettings &values)
{
    settings.setValue(QLatin1String(kTheme), from_ascii(theme_name(values.theme)));
    settings.setValue(QLatin1String(kGeometry), values.geometry);
}

} // namespace lre::ui
