// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticlayer.h"

#include "imagecopy.h"
#include "keptstroke.h"
#include "staticops.h"

#include <QChart>
#include <QGraphicsEffect>
#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

// Series (Qt Charts' XYChart items: lines and scatter markers) change with alpha; everything else
// in a chart, the legend included, is drawn from axes, ranges, sizes, names and the theme, and so
// are the series the owner names as static.
using Items = std::vector<const QGraphicsItem *>;

bool is_series(const QGraphicsItem *item)
{
    const QGraphicsObject *object = const_cast<QGraphicsItem *>(item)->toGraphicsObject();
    if (!object)
        return false;
    // Asked of every item several times a frame: a class's answer is worked out once.
    static QHash<const QMetaObject *, bool> answers;
    const QMetaObject *meta = object->metaObject();
    auto found = answers.constFind(meta);
    if (found == answers.constEnd())
        found = answers.insert(meta, object->inherits("XYChart"));
    return *found;
}

bool is_live(const QGraphicsItem *item, const Items &staticSeries)
{
    return is_series(item) && std::find(staticSeries.begin(), staticSeries.end(), item) == staticSeries.end();
}

bool holds_live(const QGraphicsItem *item, const Items &staticSeries)
{
    for (const QGraphicsItem *child : item->childItems())
        if (is_live(child, staticSeries) || holds_live(child, staticSeries))
            return true;
    return false;
}

// Qt Charts makes each series' item a child of its chart: when every series of the chart has its
// item there, no other child can hold one, and their subtrees need no walk.
bool series_items_all_children(const QChart *chart)
{
    qsizetype found = 0;
    for (const QGraphicsItem *child : chart->childItems())
        found += is_series(child) ? 1 : 0;
    return found == chart->series().size();
}

// walk: whether a child may hold live items further down.
void collect_roots(QGraphicsItem *container, const Items &staticSeries, bool walk, std::vector<QGraphicsItem *> &roots)
{
    for (QGraphicsItem *child : container->childItems()) {
        if (is_live(child, staticSeries))
            continue;
        if (walk && holds_live(child, staticSeries))
            collect_roots(child, staticSeries, true, roots);
        else
            roots.push_back(child);
    }
}

// Keeps an item's subtree out of the scene's painting while its changes still reach the view,
// which a hidden or fully transparent item's would not. Qt Charts marks its items changed on
// every relayout, even when they end up as they were; the layer's key says whether they did. A
// change that makes a new layer marks the whole view for repainting (the layer's pixels are on
// screen only where they are painted again); any other marks nothing.
class PaintedByLayer final : public QGraphicsEffect {
public:
    explicit PaintedByLayer(const StaticLayer *layer)
        : m_layer(layer)
    {
    }

    QRectF boundingRectFor(const QRectF &) const override
    {
        static constexpr QRectF kEverywhere{-16384, -16384, 32768, 32768};
        return m_layer->isOutOfDate() ? kEverywhere : QRectF();
    }

protected:
    void draw(QPainter *) override {}

private:
    const StaticLayer *m_layer;
};

bool is_painted_by_layer(const QGraphicsItem *item)
{
    return dynamic_cast<PaintedByLayer *>(item->graphicsEffect()) != nullptr;
}

void collect_subtree(StaticOps &ops, QGraphicsItem *item, const QTransform &sceneToPainter, int clip);

// An item's children stacked behind it, or the others, in the scene's order, inside clip.
void collect_children(StaticOps &ops, const QList<QGraphicsItem *> &children, const QTransform &sceneToPainter,
                      int clip, bool behind)
{
    for (QGraphicsItem *child : children)
        if (bool(child->flags() & QGraphicsItem::ItemStacksBehindParent) == behind)
            collect_subtree(ops, child, sceneToPainter, clip);
}

// Where an item clips its children to its shape (the legend does, to scroll), their clip.
int clip_of_children(StaticOps &ops, const QGraphicsItem *item, const QTransform &transform, int clip)
{
    return item->flags() & QGraphicsItem::ItemClipsChildrenToShape ? ops.addClip(item, transform, clip) : clip;
}

// A static subtree in the scene's order: children stacked behind first, the item, the others.
void collect_subtree(StaticOps &ops, QGraphicsItem *item, const QTransform &sceneToPainter, int clip)
{
    if (!item->isVisible())
        return;
    const QTransform transform = item->sceneTransform() * sceneToPainter;
    const QList<QGraphicsItem *> children = item->childItems();
    const int childClip = children.isEmpty() ? clip : clip_of_children(ops, item, transform, clip);
    if (!children.isEmpty())
        collect_children(ops, children, sceneToPainter, childClip, true);
    if (!(item->flags() & QGraphicsItem::ItemHasNoContents))
        ops.addItem(item, transform, clip);
    if (!children.isEmpty())
        collect_children(ops, children, sceneToPainter, childClip, false);
}

// Raw bytes (a key is only compared with the last one): a few hundred items, every frame.
void append_placement(QByteArray &key, const QGraphicsItem *item)
{
    const bool visible = item->isVisible();
    key.append(visible ? '+' : '-');
    if (!visible)
        return;
    const QPointF pos = item->pos();
    const qreal xy[] = {pos.x(), pos.y()};
    key.append(reinterpret_cast<const char *>(xy), sizeof xy);
    for (const QGraphicsItem *child : item->childItems())
        append_placement(key, child);
}

// The static parts of a container (a chart): its live children are left out, containers inside it
// are walked through (their own painting stays live), static subtrees are painted whole.
void collect_static(StaticOps &ops, QGraphicsItem *container, const Items &staticSeries, bool walk,
                    const QTransform &sceneToPainter, int clip)
{
    if (!container->isVisible())
        return;
    const int childClip = clip_of_children(ops, container, container->sceneTransform() * sceneToPainter, clip);
    for (QGraphicsItem *child : container->childItems()) {
        if (is_live(child, staticSeries))
            continue;
        if (walk && holds_live(child, staticSeries))
            collect_static(ops, child, staticSeries, true, sceneToPainter, childClip);
        else
            collect_subtree(ops, child, sceneToPainter, childClip);
    }
}

// Fills the area but for the inside of each opaque plot-area background: that one paints every
// pixel there again. A band of two pixels inside its edges is filled too, under its edge pixels
// and its frame, which cover the pixels there only in part.
void fill_around_plots(QPainter *painter, const QRectF &area, const std::vector<QChart *> &charts,
                       const QGraphicsItem *owner, const QColor &background)
{
    QRegion around(area.toAlignedRect());
    for (const QChart *chart : charts) {
        const QBrush brush = chart->plotAreaBackgroundBrush();
        if (!chart->isVisible() || !chart->isPlotAreaBackgroundVisible() || brush.style() != Qt::SolidPattern
            || brush.color().alpha() != 255)
            continue;
        constexpr qreal kEdge = 2.0;
        const QRectF plot = chart->mapRectToItem(owner, chart->plotArea()).adjusted(kEdge, kEdge, -kEdge, -kEdge);
        if (plot.isValid())
            around -= QRect(QPoint(static_cast<int>(std::ceil(plot.left())), static_cast<int>(std::ceil(plot.top()))),
                            QPoint(static_cast<int>(std::floor(plot.right())) - 1,
                                   static_cast<int>(std::floor(plot.bottom())) - 1));
    }
    for (const QRect &rect : around)
        painter->fillRect(rect, background);
}

} // namespace

StaticLayer::StaticLayer(std::vector<QChart *> charts, std::vector<const QGraphicsItem *> staticSeries,
                         std::function<QByteArray()> key, std::vector<KeptStroke *> keptSeries)
    : m_charts(std::move(charts))
    , m_staticSeries(std::move(staticSeries))
    , m_key(std::move(key))
    , m_keptSeries(std::move(keptSeries))
{
}

StaticLayer::~StaticLayer()
{
    // The effects ask this layer; the items outlive it.
    setEnabled(false);
}

QByteArray StaticLayer::keyOf(const std::vector<QGraphicsItem *> &roots) const
{
    // The owner's values, and where each static item is and whether it shows: Qt Charts lays its
    // items out in steps of its own (a legend gaining entries hides them until placed), and a
    // layer made between two steps must not outlive the second.
    QByteArray key = m_key();
    for (const QGraphicsItem *root : roots)
        append_placement(key, root);
    return key;
}

bool StaticLayer::isOutOfDate() const
{
    // The scene asks once for each static item, several times a frame, and nothing changes
    // between its questions: the answer is worked out once per turn of the event loop (a frame
    // painted in the turn answers it too).
    if (!m_turnAnswered) {
        m_turnOutOfDate = keyOf(staticRoots()) != m_lastKey;
        m_turnAnswered = true;
        QMetaObject::invokeMethod(&m_turn, [this] { m_turnAnswered = false; }, Qt::QueuedConnection);
    }
    return m_turnOutOfDate;
}

std::vector<QGraphicsItem *> StaticLayer::staticRoots() const
{
    std::vector<QGraphicsItem *> roots;
    for (QChart *chart : m_charts)
        collect_roots(chart, m_staticSeries, !series_items_all_children(chart), roots);
    return roots;
}

void StaticLayer::setEnabled(bool on)
{
    m_enabled = on;
    for (QGraphicsItem *root : staticRoots())
        if (is_painted_by_layer(root) != on)
            root->setGraphicsEffect(on ? new PaintedByLayer(this) : nullptr);
    if (!on) {
        m_image = QImage();
        m_imageKey.clear();
        m_lastKey.clear();
        m_keyChangedLastFrame = false;
    }
}

bool StaticLayer::hideNewItems()
{
    return m_enabled && hideNew(staticRoots());
}

bool StaticLayer::hideNew(const std::vector<QGraphicsItem *> &roots)
{
    bool found = false;
    for (QGraphicsItem *root : roots) {
        if (!is_painted_by_layer(root)) {
            root->setGraphicsEffect(new PaintedByLayer(this));
            found = true;
        }
    }
    return found;
}

StaticOps StaticLayer::collect(const QTransform &sceneToPainter) const
{
    StaticOps ops(m_keptSeries, m_sharing);
    for (QChart *chart : m_charts)
        collect_static(ops, chart, m_staticSeries, !series_items_all_children(chart), sceneToPainter, -1);
    return ops;
}

void StaticLayer::paint(QPainter *painter, const QGraphicsItem *owner, const QColor &background,
                        const std::function<void()> &handMore)
{
    // Tick labels Qt made in a layout of its own since: they would otherwise be painted twice.
    const std::vector<QGraphicsItem *> roots = staticRoots();
    hideNew(roots);
    const QByteArray key = keyOf(roots);
    const QRectF area = owner->boundingRect();
    // The device's pixels per item unit (2 on a 2x screen), and the item's origin on the device.
    const QTransform toDevice = painter->deviceTransform();
    const qreal ratio = std::hypot(toDevice.m11(), toDevice.m12());
    const QSize pixels(static_cast<int>(std::ceil(area.width() * ratio)), static_cast<int>(std::ceil(area.height() * ratio)));
    const bool keyChanged = key != m_lastKey;
    // Opaque pixels are kept without alpha, so that drawing them is a copy.
    const QImage::Format format = background.alpha() == 255 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied;
    const bool imageCurrent = !m_image.isNull() && m_imageKey == key && m_image.size() == pixels
        && m_image.format() == format && m_image.devicePixelRatio() == ratio;
    const bool dragging = keyChanged && m_keyChangedLastFrame;
    m_keyChangedLastFrame = keyChanged;
    m_lastKey = key;
    m_turnOutOfDate = false;
    if (!imageCurrent && dragging) {
        // The key changes frame after frame (a drag, a zoom): an image would be used once, so the
        // static items are painted straight onto the device, as without the layer.
        // Clipped to this item, which they never leave: Qt's raster engine draws the grid's
        // hairlines a third faster with a clip rectangle than with none, which the window's has.
        StaticOps ops = collect(owner->sceneTransform().inverted() * painter->worldTransform());
        ops.prepareKept(painter);
        ops.paint(painter, area, [&] { fill_around_plots(painter, area, m_charts, owner, background); }, handMore);
        m_sharedFrames += ops.lastShared() ? 1 : 0;
        ++m_directFrames;
        return;
    }
    if (!imageCurrent) {
        if (m_image.size() != pixels || m_image.format() != format) // a range change reuses the pixels
            m_image = QImage(pixels, format);
        m_image.setDevicePixelRatio(ratio);
        m_image.fill(background);
        QPainter layer(&m_image);
        layer.setRenderHints(painter->renderHints());
        // Scene coordinates to the image's (the painter scales them to its pixels, as the live
        // painter does to the device's).
        StaticOps ops = collect(owner->sceneTransform().inverted() * QTransform::fromTranslate(-area.left(), -area.top()));
        ops.prepareKept(&layer);
        ops.paint(&layer, std::nullopt, {}, handMore);
        m_sharedFrames += ops.lastShared() ? 1 : 0;
        m_imageKey = key;
        ++m_rebuilds;
    } else if (handMore) {
        handMore();
    }
    if (!copy_opaque_image(painter, area.topLeft(), m_image))
        painter->drawImage(area.topLeft(), m_image);
}

} // namespace lre::ui
