// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetdrawing.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsView>
#include <QLayout>
#include <QPainter>
#include <QPointer>
#include <QWidget>

namespace lre::ui {

namespace {

// Paints widget and the widgets inside it with their top left at offset. A QGraphicsView (each
// chart) is painted from its scene: through QWidget::render a view culls its items against
// regions the PDF engine gets wrong, so legend entries and labels near the edges went missing
// from PDFs.
void paint_widgets(QPainter &painter, QWidget *widget, const QPoint &offset)
{
    if (auto *view = qobject_cast<QGraphicsView *>(widget)) {
        const QWidget *viewport = view->viewport();
        view->render(&painter, QRectF(offset + viewport->pos(), viewport->size()), viewport->rect(),
                     Qt::IgnoreAspectRatio);
        return;
    }
    widget->render(&painter, offset, QRegion(), QWidget::RenderFlags());
    for (QObject *child : widget->children()) {
        auto *inner = qobject_cast<QWidget *>(child);
        if (inner && !inner->isWindow() && inner->isVisibleTo(widget))
            paint_widgets(painter, inner, offset + inner->pos());
    }
}

} // namespace

Drawing widget_drawing(QWidget *widget, const QColor &background, const QString &title,
                       const QString &description)
{
    if (QLayout *layout = widget->layout())
        layout->activate();
    // A chart lays out its legend and axes on a posted event: a chart changed just before an
    // export (a run that has just finished) would show an empty legend.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    Drawing drawing;
    drawing.size = widget->size();
    drawing.background = background;
    drawing.title = title;
    drawing.description = description;
    drawing.paint = [widget = QPointer<QWidget>(widget), background](QPainter &painter, const QRectF &target) {
        if (!widget)
            return;
        const QSize logical = widget->size();
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(target.width() / logical.width(), target.height() / logical.height());
        painter.fillRect(QRect(QPoint(), logical), background);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        paint_widgets(painter, widget, QPoint());
        painter.restore();
    };
    return drawing;
}

} // namespace lre::ui
