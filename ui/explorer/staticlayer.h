// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QObject>
#include <QImage>
#include <QTransform>

#include <functional>
#include <vector>

class QChart;
class QGraphicsItem;
class QPainter;

namespace lre::ui {

class KeptStroke;
class StaticOps;

// What an alpha step leaves as it was — both charts' backgrounds, plot areas, grid lines, axes,
// tick labels, axis titles and the legend — painted once into an image at the device's resolution, then
// copied into every frame; the series, which an alpha step changes, are painted live over it as
// before, in the same order. While the layer is on, the static items are kept
// out of the scene's own painting (an effect that draws nothing, so their changes still mark
// their boxes for repainting) and painted here instead, so a frame paints each
// pixel once. The image is out of date when its key changes: every value the owner draws the
// static items from, and where each static item is and whether it shows; a new key, size or
// resolution makes it again.
class StaticLayer final {
public:
    // staticSeries: series items that alpha does not move either (they join the layer, and so are
    // painted before the live ones); key: every value the static items are drawn from, as they
    // are now; keptSeries: the pixels of some of the static series, made on the helper thread
    // while the other static items are painted, and blended in their place.
    StaticLayer(std::vector<QChart *> charts, std::vector<const QGraphicsItem *> staticSeries,
                std::function<QByteArray()> key, std::vector<KeptStroke *> keptSeries = {});
    ~StaticLayer();
    StaticLayer(const StaticLayer &) = delete;
    StaticLayer &operator=(const StaticLayer &) = delete;

    // Off: every item paints itself again (exports, so that SVG and PDF get vector paths).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    // Off: the static items are painted on this thread alone (tests compare frames both ways).
    void setSharing(bool on) { m_sharing = on; }

    // Keeps static items that Qt made since the last call (new tick labels) out of the scene's
    // painting too; returns whether there were any.
    bool hideNewItems();

    // Fills the owner's rect with background, then the static items, from the image (made again
    // when key, size or the painter's resolution changed). While the key changes frame after
    // frame (dragging the range) they are painted straight onto the device instead. handMore runs
    // once the helper thread has the layer's share of the work, to hand it more after that.
    void paint(QPainter *painter, const QGraphicsItem *owner, const QColor &background,
               const std::function<void()> &handMore = {});

    // Whether the static items changed since the last frame: then the whole view is repainted.
    bool isOutOfDate() const;

    int rebuilds() const { return m_rebuilds; } // how often the image was made (tests, benchmarks)
    int directFrames() const { return m_directFrames; } // frames painted without it
    int sharedFrames() const { return m_sharedFrames; } // static items painted in two bands at once (tests)

private:
    // The top items of the static subtrees, found afresh each time: Qt makes and deletes tick
    // labels as ranges change, so none is kept.
    std::vector<QGraphicsItem *> staticRoots() const;
    QByteArray keyOf(const std::vector<QGraphicsItem *> &roots) const;
    StaticOps collect(const QTransform &sceneToPainter) const;
    bool hideNew(const std::vector<QGraphicsItem *> &roots);

    std::vector<QChart *> m_charts;
    std::vector<const QGraphicsItem *> m_staticSeries;
    std::function<QByteArray()> m_key;
    std::vector<KeptStroke *> m_keptSeries;
    bool m_enabled = false;
    bool m_sharing = true;
    QImage m_image;
    QByteArray m_imageKey;   // what the image shows
    QByteArray m_lastKey;    // what the last frame showed
    mutable bool m_turnAnswered = false; // isOutOfDate's answer in this turn of the event loop
    mutable bool m_turnOutOfDate = false;
    mutable QObject m_turn; // ends the turn's key; gone with the layer
    bool m_keyChangedLastFrame = false;
    int m_rebuilds = 0;
    int m_directFrames = 0;
    int m_sharedFrames = 0;
};

} // namespace lre::ui
