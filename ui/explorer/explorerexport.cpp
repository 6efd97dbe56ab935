// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerexport.h"

#include "activationchart.h"

#include "samples.h"

#include <QGraphicsScene>
#include <QPainter>

#include <memory>
#include <sstream>

namespace lre::ui {

namespace {

// A chart of its own, laid out at the export size, in a scene that lives as long as the drawing.
class ExportScene {
public:
    ExportScene(const PlotParams &params, Theme theme, QSize size, const ChartExtras &extras)
        : m_chart(new ActivationChart)
    {
        m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
        m_scene.addItem(m_chart);
        m_chart->setPixelCaches(false);
        m_chart->setPresentation(extras.presentation);
        m_chart->applyTheme(theme);
        m_chart->setParams(params);
        m_chart->setPins(extras.pins);
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

} // namespace

QList<ExportFormat> explorer_export_formats()
{
    return {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Svg, ExportFormat::Pdf,
            ExportFormat::Csv};
}

Drawing chart_drawing(const PlotParams &params, Theme theme, QSize size, const ChartExtras &extras)
{
    auto scene = std::make_shared<ExportScene>(params, theme, size, extras);
    Drawing drawing;
    drawing.size = size;
    drawing.background = theme_colors(theme).chartBackground;
    drawing.title = scene->title();
    drawing.description = QObject::tr("Leaky ReLU and ReLU with their gradients, by Leaky ReLU Explorer");
    drawing.paint = [scene](QPainter &painter, const QRectF &target) { scene->render(painter, target); };
    return drawing;
}

QImage render_chart_image(const PlotParams &params, Theme theme, QSize size, int scale,
                          const ChartExtras &extras)
{
    return draw_image(chart_drawing(params, theme, size, extras), scale);
}

ExportResult export_chart(const ExportRequest &request)
{
    if (export_format_for(request.path) == ExportFormat::Csv) {
        std::ostringstream text;
        write_csv(text, sample_table(request.params, static_cast<std::size_t>(request.samples)),
                  request.extras.pins, request.params.zeroGradient);
        return save_text(request.path, text.str());
    }
    return save_drawing(request.path, chart_drawing(request.params, request.theme, request.size, request.extras),
                        request.scale, explorer_export_formats());
}

} // namespace lre::ui
