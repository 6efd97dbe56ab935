// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerbox.h"

#include <QChart>
#include <QGraphicsObject>

namespace lre::ui {

MarkerBox::MarkerBox(const QGraphicsItem *item)
    : m_item(item)
{
}

QRectF MarkerBox::boundingRectFor(const QRectF &sourceRect) const
{
    // sourceRect is the item's box as the scene sees it (in the view's coordinates when there is
    // a view, a translation and scale of the item's own); the markers' box goes the same way.
    const QRectF itemRect = m_item->boundingRect();
    if (itemRect.isEmpty())
        return sourceRect;
    const QRectF markers = m_item->childrenBoundingRect() & itemRect;
    if (markers.isEmpty())
        return {};
    const qreal sx = sourceRect.width() / itemRect.width();
    const qreal sy = sourceRect.height() / itemRect.height();
    return {sourceRect.left() + (markers.left() - itemRect.left()) * sx,
            sourceRect.top() + (markers.top() - itemRect.top()) * sy, markers.width() * sx, markers.height() * sy};
}

void MarkerBox::draw(QPainter *painter)
{
    drawSource(painter);
}

void box_markers(QChart *chart)
{
    for (QGraphicsItem *child : chart->childItems()) {
        QGraphicsObject *object = child->toGraphicsObject();
        if (object && object->inherits("ScatterChartItem") && !child->graphicsEffect())
            child->setGraphicsEffect(new MarkerBox(child));
    }
}

} // namespace lre::ui
