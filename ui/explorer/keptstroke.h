// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sharedwork.h"

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QPolygonF>
#include <QRect>
#include <QRectF>
#include <QStyleOptionGraphicsItem>
#include <QTransform>

#include <functional>
#include <memory>
#include <vector>

class QChart;
class QGraphicsItem;
class QPaintDevice;
class QXYSeries;

namespace lre::ui {

// A line item's pixels, premultiplied, on a transparent image at the device's pixels: only the
// tiles along its line are blended where the item would paint itself. Qt blends a solid pen's
// colour at a pixel's coverage exactly as it blends that colour premultiplied by the same
// coverage, so the pixels are the ones the item would paint (for a line filled in one go: one
// segment, or one path). The image is made again when the key (every value the item is drawn
// from) or the device transform changes: on the helper thread, when prepare() is called before
// the frame paints what lies below the item; otherwise on the second frame alike, a key that
// changes frame after frame (a drag) having the item paint itself.
class KeptStroke final {
public:
    // What the item paints, in its own coordinates: where (its clip), the line it strokes, and
    // how far from that line its pen reaches (caps and joins included).
    struct Stroke {
        QRectF clip;
        QPolygonF line;
        qreal reach = 0.0;
    };

    // key: every value the item is drawn from; paintsAlone: whether the item's paint() may run on
    // another thread while this one paints other items (none: never).
    KeptStroke(QGraphicsItem *item, std::function<QByteArray()> key, std::function<Stroke()> stroke,
               std::function<bool()> paintsAlone = {});
    ~KeptStroke();
    KeptStroke(const KeptStroke &) = delete;
    KeptStroke &operator=(const KeptStroke &) = delete;

    QGraphicsItem *item() const { return m_item; }

    // Off: the item always paints itself, and the image is freed (exports draw vector paths).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    // Frees the image (made again when next needed).
    void release();

    // device: the item's transform to target's pixels in the coming frame. When the key is new,
    // the image is made on the helper thread while this one paints what lies below the item.
    void prepare(const QPaintDevice *target, const QTransform &device, QPainter::RenderHints hints);
    // Paints the item with painter, whose world transform is the item's: from the image, or by
    // paintItself().
    void draw(QPainter *painter, const std::function<void()> &paintItself);

    // Waits for the image the helper is making, if any: before the item's state may change (the
    // item is drawn, or goes), nothing of it may still be read there.
    void finish() { m_making.finish(); }

    int rebuilds() const { return m_rebuilds; }             // how often the image was made (tests)
    int preparedFrames() const { return m_preparedFrames; } // of them, on the helper (tests)
    int preparedDrawn() const { return m_preparedDrawn; }   // frames that blended the helper's image (tests)

private:
    // What making the image takes, worked out on this thread: after it, only the image is written.
    struct Plan {
        QTransform device;
        QPainter::RenderHints hints;
        QStyleOptionGraphicsItem option;
    };

    QByteArray keyFor(const QTransform &device, QPainter::RenderHints hints) const;
    // Sets the tiles and the image's size; returns false when nothing is to be painted.
    bool plan(const QPaintDevice *target, const QTransform &device, QPainter::RenderHints hints, Plan &out);
    void paintImage(const Plan &plan);

    QGraphicsItem *m_item;
    std::function<QByteArray()> m_key;
    std::function<Stroke()> m_stroke;
    std::function<bool()> m_paintsAlone;
    bool m_enabled = true;
    QByteArray m_imageKey;
    QByteArray m_lastKey;
    QImage m_image;               // the device's pixels from its origin; only the tiles are kept
    std::vector<QRect> m_painted; // runs of tiles along the line, on the device
    int m_rebuilds = 0;
    int m_preparedFrames = 0;
    int m_preparedDrawn = 0;
    bool m_imageFromHelper = false; // the image was made by prepare() and not yet blended
    Plan m_plan; // the helper's, while m_making is pending
    HandedTask m_making; // the image, being made on the helper; last, so that it is finished first
};

// A KeptStroke for item, the one Qt Charts paints series with: drawn from the series' points,
// pen, opacity and visibility, and its chart's geometry, plot area and value axes' ranges and
// directions (the app's charts have no other axes).
std::unique_ptr<KeptStroke> keep_series_stroke(QChart *chart, QXYSeries *series, QGraphicsItem *item);

} // namespace lre::ui
