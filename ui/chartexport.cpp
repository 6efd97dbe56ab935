#include "chartexport.h"

#include "activationchart.h"

#include "samples.h"

#include <QFileInfo>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <sstream>

namespace lre::ui {

namespace {

// A chart of its own, laid out at the export size, in a scene that lives as long as the render.
class ExportScene {
public:
    ExportScene(const PlotParams &params, Theme theme, QSize size)
        : m_chart(new ActivationChart)
    {
        m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
        m_scene.addItem(m_chart);
        m_chart->applyTheme(theme);
        m_chart->setParams(params);
        m_chart->setGeometry(QRectF(QPointF(0, 0), size));
        m_scene.setSceneRect(m_chart->geometry());
        m_chart->layoutNow();
    }

    void render(QPainter &painter, const QRectF &target)
    {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        m_scene.render(&painter, target, m_scene.sceneRect(), Qt::IgnoreAspectRatio);
    }

    QString title() const { return m_chart->title(); }

private:
    QGraphicsScene m_scene;
    ActivationChart *m_chart; // owned by m_scene
};

QString failure(const QString &path, const QString &reason)
{
    constexpr qsizetype kLongest = 200; // a message line, not a dump of a hostile argument
    const QString shown = path.size() > kLongest ? path.left(kLongest) + QStringLiteral("…") : path;
    return QObject::tr("cannot write '%1': %2").arg(shown, reason);
}

bool write_image(QSaveFile &file, const ExportRequest &r, const char *format, QString &reason)
{
    QImage image = render_chart_image(r.params, r.theme, r.size, r.scale);
    if (qstrcmp(format, "jpg") == 0)
        image = image.convertToFormat(QImage::Format_RGB32);
    QImageWriter writer(&file, format);
    if (qstrcmp(format, "jpg") == 0)
        writer.setQuality(95);
    if (!writer.write(image)) {
        reason = writer.errorString();
        return false;
    }
    return true;
}

bool write_svg(QSaveFile &file, const ExportRequest &r, QString &)
{
    ExportScene scene(r.params, r.theme, r.size);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(r.size);
    svg.setViewBox(QRect(QPoint(0, 0), r.size));
    svg.setTitle(scene.title());
    svg.setDescription(QObject::tr("Leaky ReLU and ReLU with their gradients, by Leaky ReLU Explorer"));
    QPainter painter(&svg);
    scene.render(painter, QRectF(QPointF(0, 0), r.size));
    return painter.end();
}

bool write_pdf(QSaveFile &file, const ExportRequest &r, QString &)
{
    ExportScene scene(r.params, r.theme, r.size);
    QPdfWriter pdf(&file);
    pdf.setTitle(scene.title());
    pdf.setCreator(QStringLiteral("Leaky ReLU Explorer"));
    // One page the shape of the chart: 96 logical pixels to the inch, as on screen.
    pdf.setPageSize(QPageSize(QSizeF(r.size) * 72.0 / 96.0, QPageSize::Point, QString(),
                              QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(96);
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    scene.render(painter, QRectF(painter.viewport()));
    return painter.end();
}

bool write_csv(QSaveFile &file, const ExportRequest &r, QString &reason)
{
    std::ostringstream text;
    lre::write_csv(text, sample_table(r.params, static_cast<std::size_t>(r.samples)));
    const std::string bytes = text.str();
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())) {
        reason = file.errorString();
        return false;
    }
    return true;
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
    return std::nullopt;
}

QString supported_extensions_text()
{
    return QStringLiteral(".png, .jpg, .jpeg, .svg, .pdf or .csv");
}

QImage render_chart_image(const PlotParams &params, Theme theme, QSize size, int scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(theme_colors(theme).chartBackground);
    ExportScene scene(params, theme, size);
    QPainter painter(&image);
    scene.render(painter, QRectF(QPointF(0, 0), size));
    return image;
}

ExportResult export_chart(const ExportRequest &request)
{
    const auto format = export_format_for(request.path);
    if (!format)
        return {false, failure(request.path, QObject::tr("the name must end in %1")
                                                 .arg(supported_extensions_text()))};
    if (QFileInfo(request.path).isDir())
        return {false, failure(request.path, QObject::tr("it is a directory"))};
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, failure(request.path, file.errorString())};
    QString reason;
    bool written = false;
    switch (*format) {
    case ExportFormat::Png:
        written = write_image(file, request, "png", reason);
        break;
    case ExportFormat::Jpeg:
        written = write_image(file, request, "jpg", reason);
        break;
    case ExportFormat::Svg:
        written = write_svg(file, request, reason);
        break;
    case ExportFormat::Pdf:
        written = write_pdf(file, request, reason);
        break;
    case ExportFormat::Csv:
        written = write_csv(file, request, reason);
        break;
    }
    if (!written || file.error() != QFileDevice::NoError) {
        if (reason.isEmpty())
            reason = file.errorString();
        file.cancelWriting();
        return {false, failure(request.path, reason)};
    }
    if (!file.commit())
        return {false, failure(request.path, file.errorString())};
    return {true, {}};
}

} // namespace lre::ui
