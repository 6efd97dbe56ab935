// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QGraphicsEffect>
#include <QGraphicsItem>
#include <QImage>
#include <QPolygonF>
#include <QRect>
#include <QRectF>

#include <functional>
#include <vector>

class QChart;
class QXYSeries;

namespace lre::ui {

// Set on a chart item that an alpha step leaves as it was but that is painted over a live one
// (dashed ReLU over Leaky ReLU's left branch): the item's pixels, premultiplied, on a transparent
// image at the device's pixels, then only the tiles along its line are blended on each frame.
// Qt blends a solid pen's colour at a pixel's coverage exactly as it blends that colour
// premultiplied by the same coverage, so the pixels are the ones the item would paint. The
// image is made again when the key (every value the item is drawn from) or the device transform
// changes; while they change frame after frame (a drag) the item paints itself.
class StrokeCache final : public QGraphicsEffect {
public:
    // What the item paints, in its own coordinates: where (its clip), the line it strokes, and
    // how far from that line its pen reaches (caps and joins included).
    struct Stroke {
        QRectF clip;
        QPolygonF line;
        qreal reach = 0.0;
    };

    // item: the one the effect is set on; key: every value it is drawn from.
    StrokeCache(QGraphicsItem *item, std::function<QByteArray()> key, std::function<Stroke()> stroke);

    // Frees the image (the effect is off: exports draw the item itself).
    void release();
    int rebuilds() const { return m_rebuilds; } // how often the image was made (tests)

protected:
    void draw(QPainter *painter) override;

private:
    void rebuild(QPainter *painter, const QTransform &device);

    QGraphicsItem *m_item;
    std::function<QByteArray()> m_key;
    std::function<Stroke()> m_stroke;
    QByteArray m_imageKey;
    QByteArray m_lastKey;
    QImage m_image;               // the device's pixels from its origin; only the tiles are kept
    std::vector<QRect> m_painted; // runs of tiles along the line, on the device
    int m_rebuilds = 0;
};

// A StrokeCache on item, the one Qt Charts paints series with: drawn from the series' points,
// pen, opacity and visibility, and its chart's geometry, plot area and value axes' ranges and
// directions (the app's charts have no other axes). Returns it (item owns it).
StrokeCache *keep_line_pixels(QChart *chart, QXYSeries *series, QGraphicsItem *item);

} // namespace lre::ui
