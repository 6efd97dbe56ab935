// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keptstroke.h"

#include <QGraphicsEffect>

#include <functional>
#include <memory>

class QChart;
class QGraphicsItem;
class QPainter;
class QXYSeries;

namespace lre::ui {

// Set on a chart item that an alpha step leaves as it was but that is painted over a live one
// (dashed ReLU over Leaky ReLU's left branch): the scene's painting of the item goes through its
// KeptStroke, whose tiles are blended on each frame in the item's place.
class StrokeCache final : public QGraphicsEffect {
public:
    using Stroke = KeptStroke::Stroke;

    // item: the one the effect is set on.
    explicit StrokeCache(std::unique_ptr<KeptStroke> kept);
    StrokeCache(QGraphicsItem *item, std::function<QByteArray()> key, std::function<Stroke()> stroke);

    // Called as the frame begins, with the painter paintedItem (one painted before this item) is
    // being painted with: when the key is new, the image is made on the helper thread while this
    // one paints the items below. Only where the scene will paint the item in this frame (its box
    // meets what is repainted): draw() then waits for the helper; otherwise so must finish().
    void prepare(const QPainter *painter, const QGraphicsItem *paintedItem);

    // Waits for the helper's work on the item, if any (the frame is over, or the item goes).
    void finish() { m_kept->finish(); }
    // Frees the image (the effect is off: exports draw the item itself).
    void release();
    int rebuilds() const { return m_kept->rebuilds(); }             // how often the image was made (tests)
    int preparedFrames() const { return m_kept->preparedFrames(); } // of them, on the helper (tests)
    int preparedDrawn() const { return m_kept->preparedDrawn(); }   // frames that blended the helper's image

protected:
    void draw(QPainter *painter) override;

private:
    std::unique_ptr<KeptStroke> m_kept;
};

// A StrokeCache on item, the one Qt Charts paints series with (see keep_series_stroke). Returns it
// (item owns it).
StrokeCache *keep_line_pixels(QChart *chart, QXYSeries *series, QGraphicsItem *item);

} // namespace lre::ui
