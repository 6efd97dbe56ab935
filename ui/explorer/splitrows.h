// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsEffect>

class QGraphicsItem;
class QXYSeries;

namespace lre::ui {

// Set on a chart item whose line Qt's antialiasing rasterizer is slow to fill: Leaky ReLU's left
// branch, which every alpha step moves. The rasterizer walks the whole line once for every band
// of rows it works in, and a band holds only as many cells as its fixed pool: a long line costs
// more than its length, sloping or flat. The item is painted into the upper and the lower half
// of the device rows it covers, each half through a painter of its own on those rows, one half
// on a helper thread: each does about half the work. The transform is the painter's, moved by
// whole rows, so every pixel is the one the item paints in one go. Only into a raster image, for
// a long enough solid line with no points, labels or markers; otherwise the item paints itself.
class SplitRows final : public QGraphicsEffect {
public:
    // item: the one Qt Charts paints series with.
    SplitRows(QGraphicsItem *item, const QXYSeries *series);

    int splitFrames() const { return m_splitFrames; } // frames painted in halves (tests)

protected:
    void draw(QPainter *painter) override;

private:
    QGraphicsItem *m_item;
    const QXYSeries *m_series;
    int m_splitFrames = 0;
};

} // namespace lre::ui
