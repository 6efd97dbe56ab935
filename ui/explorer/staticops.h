// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QRectF>
#include <QRegion>
#include <QTransform>

#include <functional>
#include <optional>
#include <vector>

class QGraphicsItem;
class QPainter;
class QStyleOptionGraphicsItem;

namespace lre::ui {

class KeptStroke;

// The static items of a frame in the order the scene paints them, each with its transform and the
// clips of the items above it that clip their children. They are painted in that order; into a
// raster image, the plain lines and rectangles (grid, axes, ticks, plot backgrounds: items whose
// paint() only reads their own state) are painted in two bands of rows at once, one on the helper
// thread, while this thread paints the text and other items, which may not leave it, wherever the
// order allows: an item left to this thread is painted before a line or rectangle that follows it
// only where the two share no pixel.
class StaticOps final {
public:
    // shared: whether it may paint in two bands at once at all.
    StaticOps(const std::vector<KeptStroke *> &kept, bool shared);

    // The clip of an item that clips its children, inside parent's (-1: none); returns its index.
    int addClip(const QGraphicsItem *item, const QTransform &transform, int parent);
    // An item to paint with transform (scene to the painter's world coordinates), inside clip.
    void addItem(QGraphicsItem *item, const QTransform &transform, int clip);

    // The kept items' pixels are made on the helper thread (before the frame paints what lies
    // under them).
    void prepareKept(QPainter *painter) const;

    // Paints every item. clipRect (in the painter's world coordinates) clips them all; fillUnder
    // paints what lies under them; handMore runs once the helper has this frame's share (to hand it
    // more work after it).
    void paint(QPainter *painter, const std::optional<QRectF> &clipRect, const std::function<void()> &fillUnder,
               const std::function<void()> &handMore);

    bool lastShared() const { return m_lastShared; } // whether the last paint() used two bands (tests)

private:
    struct Clip {
        const QGraphicsItem *item;
        QTransform transform;
        int parent;
    };
    struct Op {
        QGraphicsItem *item;
        QTransform transform;
        int clip;
        KeptStroke *kept;
    };
    struct Bands;
    // The painter as paint() found it.
    struct Entry {
        std::optional<QRegion> callerClip;
        QTransform device;
        std::optional<QRectF> clipRect;
    };

    void paintOp(QPainter *painter, const Op &op, QStyleOptionGraphicsItem &option) const;
    void applyClips(QPainter *painter, int clip) const;
    bool paintShared(QPainter *painter, const Entry &entry, const std::function<void()> &handMore);
    bool isShareable(const Op &op, const QTransform &worldToDevice) const;
    void paintBand(const Bands &bands, int top, int bottom, QStyleOptionGraphicsItem &option) const;

    const std::vector<KeptStroke *> &m_kept;
    bool m_shared;
    std::vector<Clip> m_clips;
    std::vector<Op> m_ops;
    bool m_lastShared = false;
};

} // namespace lre::ui
