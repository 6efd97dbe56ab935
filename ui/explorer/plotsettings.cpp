// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotsettings.h"

#include "storedtext.h"

#include "textvalues.h"

#include <QLocale>
#include <QSettings>

namespace lre::ui {

namespace {

constexpr auto kAlpha = "plot/alpha";
constexpr auto kXMin = "plot/xMin";
constexpr auto kXMax = "plot/xMax";
constexpr auto kShowGradients = "plot/showGradients";
constexpr auto kGradientAtZero = "plot/gradientAtZero";
constexpr auto kPins = "plot/pins";

} // namespace

PlotParams load_plot_params(QSettings &settings)
{
    return restore_plot_params({.alpha = stored_text(settings, kAlpha),
                                .xMin = stored_text(settings, kXMin),
                                .xMax = stored_text(settings, kXMax),
                                .showGradients = stored_text(settings, kShowGradients),
                                .zeroGradient = stored_text(settings, kGradientAtZero)});
}

void save_plot_params(QSettings &settings, const PlotParams &p)
{
    // The shortest decimal that reads back to the same double: "0.1", not "0.10000000000000001".
    auto shortest = [](double value) {
        return QString::number(value, 'g', QLocale::FloatingPointShortest);
    };
    settings.setValue(QLatin1String(kAlpha), shortest(p.alpha));
    settings.setValue(QLatin1String(kXMin), shortest(p.xMin));
    settings.setValue(QLatin1String(kXMax), shortest(p.xMax));
    settings.setValue(QLatin1String(kShowGradients),
                      p.showGradients ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QLatin1String(kGradientAtZero), from_ascii(zero_gradient_name(p.zeroGradient)));
}

Pins load_pins(QSettings &settings)
{
    return restore_pins(stored_text(settings, kPins));
}

void save_pins(QSettings &settings, const Pins &pins)
{
    settings.setValue(QLatin1String(kPins), QString::fromStdString(pin_list_text(pins)));
}

} // namespace lre::ui
