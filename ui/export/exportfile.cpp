// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "clippingdevice.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace lre::ui {

namespace {

constexpr int kJpegQuality = 95;

QString format_extension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral(".png");
    case ExportFormat::Jpeg:
        return QStringLiteral(".jpg, .jpeg");
    case ExportFormat::Svg:
        return QStringLiteral(".svg");
    case ExportFormat::Pdf:
        return QStringLiteral(".pdf");
    case ExportFormat::Csv:
        return QStringLiteral(".csv");
    case ExportFormat::Json:
        return QStringLiteral(".json");
    case ExportFormat::PythonScript:
        return QStringLiteral(".py");
    }
    return {};
}

ExportResult failure(const QString &path, const QString &reason)
{
    constexpr qsizetype kLongest = 200; // a message line, not a dump of a hostile argument
    const QString shown = path.size() > kLongest ? path.left(kLongest) + QStringLiteral("…") : path;
    return {false, QObject::tr("cannot write '%1': %2").arg(shown, reason)};
}

using Writer = std::function<bool(QSaveFile &file, QString &reason)>;

ExportResult save_file(const QString &path, const Writer &write)
{
    const QFileInfo info(path);
    if (info.isDir())
        return failure(path, QObject::tr("it is a directory"));
    if (!info.absoluteDir().exists())
        return failure(path, QObject::tr("the folder does not exist"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    QString reason;
    if (!write(file, reason) || file.error() != QFileDevice::NoError) {
        if (reason.isEmpty())
            reason = file.errorString();
        file.cancelWriting();
        return failure(path, reason);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {true, {}};
}

bool write_image(QSaveFile &file, const Drawing &drawing, int scale, ExportFormat format,
                 QString &reason)
{
    QImage image = draw_image(drawing, scale);
    const bool jpeg = format == ExportFormat::Jpeg;
    if (jpeg)
        image = image.convertToFormat(QImage::Format_RGB32);
    QImageWriter writer(&file, jpeg ? "jpg" : "png");
    if (jpeg)
        writer.setQuality(kJpegQuality);
    if (!writer.write(image)) {
        reason = writer.errorString();
        return false;
    }
    return true;
}

// Every format is opaque: the drawing's background fills the whole page first, as in draw_image.
void paint_opaque(QPainter &painter, const Drawing &drawing, const QRectF &target)
{
    painter.fillRect(target, drawing.background);
    drawing.paint(painter, target);
}

// The family Qt drew with, then a generic family: Qt writes the family asked for, often a
// fontconfig alias ("Sans Serif") that other viewers do not know and replace with a serif face.
QString found_families(const QString &requested)
{
    const QFontInfo info{QFont(requested)};
    const QString generic = info.fixedPitch() ? QStringLiteral("monospace") : QStringLiteral("sans-serif");
    return QStringLiteral("'%1', %2").arg(info.family().toHtmlEscaped(), generic);
}

QByteArray with_found_families(const QByteArray &svg)
{
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype copied = 0;
    for (auto matches = attribute.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        out += QStringLiteral("font-family=\"%1\"").arg(found_families(match.captured(1)));
        copied = match.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out.toUtf8();
}

bool write_svg(QSaveFile &file, const Drawing &drawing)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    // The drawing was laid out at 96 logical pixels to the inch (as on screen and in the PDF);
    // at the generator's default 72, point-sized fonts came out at 3/4 of their laid-out width.
    svg.setResolution(96);
    svg.setSize(drawing.size);
    svg.setViewBox(QRect(QPoint(0, 0), drawing.size));
    svg.setTitle(drawing.title);
    svg.setDescription(drawing.description);
    ClippingDevice clipped(&svg); // Qt 6.4's generator draws past every clip
    QPainter painter(&clipped);
    paint_opaque(painter, drawing, QRectF(QPointF(0, 0), drawing.size));
    if (!painter.end())
        return false;
    const QByteArray bytes = with_found_families(buffer.data());
    return file.write(bytes) == bytes.size();
}

bool write_pdf(QSaveFile &file, const Drawing &drawing)
{
    QPdfWriter pdf(&file);
    pdf.setTitle(drawing.title);
    pdf.setCreator(QStringLiteral("Leaky ReLU Explorer"));
    // One page the shape of the drawing: 96 logical pixels to the inch, as on screen.
    pdf.setPageSize(QPageSize(QSizeF(drawing.size) * 72.0 / 96.0, QPageSize::Point, QString(),
                              QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(96);
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    paint_opaque(painter, drawing, QRectF(painter.viewport()));
    return painter.end();
}

} // namespace

std::optional<ExportFormat> export_format_for(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return ExportFormat::Jpeg;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("json"))
        return ExportFormat::Json;
    if (suffix == QLatin1String("py"))
        return ExportFormat::PythonScript;
    return std::nullopt;
}

QString extensions_text(const QList<ExportFormat> &formats)
{
    QStringList parts;
    for (ExportFormat format : formats)
        parts += format_extension(format).split(QStringLiteral(", "));
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QObject::tr("%1 or %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString file_dialog_filter(const QList<ExportFormat> &formats)
{
    QStringList filters;
    for (ExportFormat format : formats) {
        switch (format) {
        case ExportFormat::Png:
            filters += QObject::tr("PNG image (*.png)");
            break;
        case ExportFormat::Jpeg:
            filters += QObject::tr("JPEG image (*.jpg *.jpeg)");
            break;
        case ExportFormat::Svg:
            filters += QObject::tr("SVG vector image (*.svg)");
            break;
        case ExportFormat::Pdf:
            filters += QObject::tr("PDF document (*.pdf)");
            break;
        case ExportFormat::Csv:
            filters += QObject::tr("CSV data (*.csv)");
            break;
        case ExportFormat::Json:
            filters += QObject::tr("Experiment, JSON (*.json)");
            break;
        case ExportFormat::PythonScript:
            filters += QObject::tr("PyTorch script (*.py)");
            break;
        }
    }
    return filters.join(QStringLiteral(";;"));
}

bool is_image(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Jpeg;
}

bool is_vector(ExportFormat format)
{
    return format == ExportFormat::Svg || format == ExportFormat::Pdf;
}

QImage draw_image(const Drawing &drawing, int scale)
{
    QImage image(drawing.size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(drawing.background);
    QPainter painter(&image);
    drawing.paint(painter, QRectF(QPointF(0, 0), drawing.size));
    return image;
}

ExportResult save_drawing(const QString &path, const Drawing &drawing, int scale,
                          const QList<ExportFormat> &accepted)
{
    const auto format = export_format_for(path);
    if (!format || !accepted.contains(*format) || !(is_image(*format) || is_vector(*format)))
        return failure(path, QObject::tr("the name must end in %1").arg(extensions_text(accepted)));
    return save_file(path, [&](QSaveFile &file, QString &reason) {
        if (is_image(*format))
            return write_image(file, drawing, scale, *format, reason);
        return *format == ExportFormat::Svg ? write_svg(file, drawing) : write_pdf(file, drawing);
    });
}

ExportResult save_text(const QString &path, std::string_view bytes)
{
    return save_file(path, [&](QSaveFile &file, QString &reason) {
        const auto size = static_cast<qint64>(bytes.size());
        if (file.write(bytes.data(), size) != size) {
            reason = file.errorString();
            return false;
        }
        return true;
    });
}

} // namespace lre::ui
