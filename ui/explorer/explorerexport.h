// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfile.h"
#include "theme.h"

#include "plotparams.h"
#include "textvalues.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace lre::ui {

// What the explorer writes: its chart as PNG, JPEG, SVG or PDF, or its samples as CSV.
QList<ExportFormat> explorer_export_formats();

// What the chart shows beyond the plot parameters: pinned alphas and the presentation scale.
struct ChartExtras {
    Pins pins;
    bool presentation = false;
};

struct ExportRequest {
    QString path;
    PlotParams params;
    Theme theme = Theme::Light;
    QSize size{1280, 800}; // logical pixels; images are size * scale device pixels
    int scale = 1;
    long samples = 101;
    ChartExtras extras; // pins are drawn and become CSV columns
};

// The chart alone, laid out at the given size by the same ActivationChart the window shows.
Drawing chart_drawing(const PlotParams &params, Theme theme, QSize size, const ChartExtras &extras = {});
QImage render_chart_image(const PlotParams &params, Theme theme, QSize size, int scale = 1,
                          const ChartExtras &extras = {});

// The window's Export and the command line's --export both end here.
ExportResult export_chart(const ExportRequest &request);

} // namespace lre::ui
