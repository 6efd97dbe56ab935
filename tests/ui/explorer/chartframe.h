// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activationchart.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

// A chart's frame as the view paints it (antialiased), into an image at a device pixel ratio;
// magenta wherever nothing was painted.
inline QImage chart_frame(QGraphicsScene &scene, const lre::ui::ActivationChart &chart, int devicePixelRatio)
{
    const QSize size = chart.size().toSize();
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(QColor(255, 0, 255));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    scene.render(&painter, QRectF(QPointF(0, 0), size), chart.geometry());
    return image;
}
