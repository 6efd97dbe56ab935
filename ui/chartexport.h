#pragma once

#include "theme.h"

#include "plotparams.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace lre::ui {

enum class ExportFormat { Png, Jpeg, Svg, Pdf, Csv };

// The format follows the file name's extension (.png .jpg .jpeg .svg .pdf .csv, any case).
std::optional<ExportFormat> export_format_for(const QString &path);
QString supported_extensions_text();

struct ExportRequest {
    QString path;
    PlotParams params;
    Theme theme = Theme::Light;
    QSize size{1280, 800}; // logical pixels; images are size * scale device pixels
    int scale = 1;
    long samples = 101;
};

struct ExportResult {
    bool ok = false;
    QString error; // one line naming the file and the reason
};

// The chart alone, drawn by the same ActivationChart the window shows.
QImage render_chart_image(const PlotParams &params, Theme theme, QSize size, int scale = 1);

// Writes through QSaveFile: a failure never leaves a partial file or harms an existing one.
ExportResult export_chart(const ExportRequest &request);

} // namespace lre::ui
