// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsEffect>

class QChart;
class QGraphicsItem;

namespace lre::ui {

// Qt Charts marks a scatter series' whole plot area for repainting whenever one of its markers
// moves, and the gradient's marker at 0 moves on every alpha step. Set on the series' chart
// item, this effect paints the item exactly as before (straight onto the device, no pixmap in
// between) and tells the scene that what the item paints is its markers' box; the box they
// left is repainted as the one painted last time.
class MarkerBox final : public QGraphicsEffect {
public:
    explicit MarkerBox(const QGraphicsItem *item);

    QRectF boundingRectFor(const QRectF &sourceRect) const override;

protected:
    void draw(QPainter *painter) override;

private:
    const QGraphicsItem *m_item;
};

// A MarkerBox on each of chart's scatter series' items that has none.
void box_markers(QChart *chart);

} // namespace lre::ui
