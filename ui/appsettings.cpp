#include "appsettings.h"

#include "textvalues.h"

#include <QSettings>

#include <optional>
#include <string>

namespace lre::ui {

namespace {

constexpr auto kAlpha = "plot/alpha";
constexpr auto kXMin = "plot/xMin";
constexpr auto kXMax = "plot/xMax";
constexpr auto kShowGradients = "plot/showGradients";
constexpr auto kGradientAtZero = "plot/gradientAtZero";
constexpr auto kTheme = "view/theme";
constexpr auto kGeometry = "window/geometry";
constexpr qsizetype kLongestValue = 256;

std::optional<std::string> text_of(const QSettings &settings, const char *key)
{
    const QVariant value = settings.value(QLatin1String(key));
    if (!value.isValid() || !value.canConvert<QString>())
        return std::nullopt;
    const QString text = value.toString();
    if (text.size() > kLongestValue)
        return std::nullopt;
    return text.toStdString();
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

AppSettings load_settings(QSettings &settings)
{
    AppSettings values;
    values.params = restore_plot_params({.alpha = text_of(settings, kAlpha),
                                         .xMin = text_of(settings, kXMin),
                                         .xMax = text_of(settings, kXMax),
                                         .showGradients = text_of(settings, kShowGradients),
                                         .zeroGradient = text_of(settings, kGradientAtZero)});
    if (const auto theme = text_of(settings, kTheme))
        values.theme = parse_theme(*theme).value_or(Theme::Light);
    const QVariant geometry = settings.value(QLatin1String(kGeometry));
    if (geometry.typeId() == QMetaType::QByteArray && geometry.toByteArray().size() < 4096)
        values.windowGeometry = geometry.toByteArray();
    return values;
}

void save_settings(QSettings &settings, const AppSettings &values)
{
    const PlotParams &p = values.params;
    settings.setValue(QLatin1String(kAlpha), QString::number(p.alpha, 'g', 17));
    settings.setValue(QLatin1String(kXMin), QString::number(p.xMin, 'g', 17));
    settings.setValue(QLatin1String(kXMax), QString::number(p.xMax, 'g', 17));
    settings.setValue(QLatin1String(kShowGradients),
                      p.showGradients ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QLatin1String(kGradientAtZero),
                      latin1(zero_gradient_name(p.zeroGradient)));
    settings.setValue(QLatin1String(kTheme), latin1(theme_name(values.theme)));
    settings.setValue(QLatin1String(kGeometry), values.windowGeometry);
    settings.sync();
}

} // namespace lre::ui
