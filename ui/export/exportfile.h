// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

class QPainter;

namespace lre::ui {

enum class ExportFormat { Png, Jpeg, Svg, Pdf, Csv, Json, PythonScript };

// The format follows the file name's extension (.png .jpg .jpeg .svg .pdf .csv .json .py, any case).
std::optional<ExportFormat> export_format_for(const QString &path);
QString extensions_text(const QList<ExportFormat> &formats); // ".png, .svg or .csv"
QString file_dialog_filter(const QList<ExportFormat> &formats);
bool is_image(ExportFormat format);  // PNG or JPEG: pixels, so a scale applies
bool is_vector(ExportFormat format); // SVG or PDF

struct ExportResult {
    bool ok = false;
    QString error; // one line naming the file and the reason
};

// Something to draw at a logical size: a page's charts as they are, or a chart built for export.
struct Drawing {
    QSize size;
    QColor background;
    QString title;
    QString description;
    // Paints the whole drawing into target (the logical rectangle on the painter's device).
    std::function<void(QPainter &painter, const QRectF &target)> paint;
};

QImage draw_image(const Drawing &drawing, int scale = 1);

// Every file the app writes goes through these: the folder must exist, the name must not be a
// folder, and QSaveFile means a failure never leaves a partial file nor harms an existing one.
// A drawing's extension must name one of the accepted formats; text is written as it is (the
// caller checked the name).
ExportResult save_drawing(const QString &path, const Drawing &drawing, int scale,
                          const QList<ExportFormat> &accepted);
ExportResult save_text(const QString &path, std::string_view bytes);

} // namespace lre::ui
