// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotsettings.h"

#include "storedtext.h"

#include "textvalues.h"

#include <QSettings>

namespace lre::ui {

namespace {

constexpr auto kAlpha = "plot/alpha";
constexpr auto kXMin = "plot/xMin";
constexpr auto kXMax = "plot/xMax";
constexpr auto kShowGradients = "plot/showGradients";
constexpr auto kGradientAtZero = "plot/gradientAtZero";

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
    settings.setValue(QLatin1String(kAlpha), QString::number(p.alpha, 'g', 17));
    settings.setValue(QLatin1String(kXMin), QString::number(p.xMin, 'g', 17));
    settings.setValue(QLatin1String(kXMax), QString::number(p.xMax, 'g', 17));
    settings.setValue(QLatin1String(kShowGradients),
                      p.showGradients ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QLatin1String(kGradientAtZero), from_ascii(zero_gradient_name(p.zeroGradient)));
}

} // namespace lre::ui
