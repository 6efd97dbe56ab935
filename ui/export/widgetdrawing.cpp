// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetdrawing.h"

#include <QLayout>
#include <QPainter>
#include <QPointer>
#include <QWidget>

namespace lre::ui {

Drawing widget_drawing(QWidget *widget, const QColor &background, const QString &title,
                       const QString &description)
{
    if (QLayout *layout = widget->layout())
        layout->activate();
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
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
    };
    return drawing;
}

} // namespace lre::ui
