// SPDX-License-Identifier: GPL-3.0-or-later
#include "staticops.h"

#include "keptstroke.h"
#include "rowsview.h"
#include "sharedwork.h"

#include <QGraphicsItem>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <typeinfo>

namespace lre::ui {

namespace {

// An item paints inside its box (a pen's half width included); a pixel more for the rounding to
// the rasterizer's fixed point.
constexpr qreal kBoundsMargin = 1.0;
// Fewer rows than this are not worth two painters.
constexpr int kShareFromRows = 64;

// A whole number, as a transform's scale or offset must be for the bands' transforms (the
// device's, moved by whole rows) to be the very numbers the painter would use.
bool whole(qreal value)
{
    return std::isfinite(value) && value == std::round(value);
}

} // namespace

// Everything a band needs, worked out on this thread before either band starts.
struct StaticOps::Bands {
    QImage *target;
    QTransform worldToDevice;         // the painter's, for a world transform that is none
    QTransform entryDevice;           // the painter's device transform as paint() began
    std::optional<QRectF> clipRect;   // in the entry world coordinates
    QRegion systemClip;               // empty: none
    QPainter::RenderHints hints;
    qreal opacity;
    std::vector<const Op *> ops;      // the lines and rectangles, in order
    std::vector<QRectF> bounds;       // of each, on the device
    std::vector<QRectF> itemBounds;   // of each, its own (asked here: Qt works some out lazily)
};

StaticOps::StaticOps(const std::vector<KeptStroke *> &kept, bool shared)
    : m_kept(kept)
    , m_shared(shared)
{
}

int StaticOps::addClip(const QGraphicsItem *item, const QTransform &transform, int parent)
{
    m_clips.push_back({item, transform, parent});
    return static_cast<int>(m_clips.size()) - 1;
}

void StaticOps::addItem(QGraphicsItem *item, const QTransform &transform, int clip)
{
    KeptStroke *kept = nullptr;
    for (KeptStroke *stroke : m_kept)
        if (stroke->item() == item && stroke->isEnabled())
            kept = stroke;
    m_ops.push_back({item, transform, clip, kept});
}

void StaticOps::prepareKept(QPainter *painter) const
{
    for (const Op &op : m_ops) {
        if (!op.kept)
            continue;
        painter->save();
        painter->setWorldTransform(op.transform);
        op.kept->prepare(painter->paintEngine()->paintDevice(), painter->deviceTransform(), painter->renderHints());
        painter->restore();
    }
}

void StaticOps::applyClips(QPainter *painter, int clip) const
{
    if (clip < 0)
        return;
    const Clip &c = m_clips[static_cast<std::size_t>(clip)];
    applyClips(painter, c.parent);
    painter->setWorldTransform(c.transform);
    painter->setClipPath(c.item->shape(), Qt::IntersectClip);
}

// As QGraphicsScene paints an item: its scene transform, its shape as a clip when it clips
// itself, a fresh state, the default style option.
void StaticOps::paintOp(QPainter *painter, const Op &op, QStyleOptionGraphicsItem &option) const
{
    painter->save();
    applyClips(painter, op.clip);
    painter->setWorldTransform(op.transform);
    if (op.item->flags() & QGraphicsItem::ItemClipsToShape)
        painter->setClipPath(op.item->shape(), Qt::IntersectClip);
    const QRectF bounds = op.item->boundingRect();
    option.state = op.item->isEnabled() ? QStyle::State_Enabled : QStyle::State_None;
    option.rect = bounds.toRect();
    option.exposedRect = bounds;
    option.styleObject = op.item->toGraphicsObject();
    if (op.kept)
        op.kept->draw(painter, [&option, &op, painter] { op.item->paint(painter, &option, nullptr); });
    else
        op.item->paint(painter, &option, nullptr);
    painter->restore();
}

// A plain line or rectangle of Qt's own, solid, on whole device pixels along its edges' direction
// (a line along a row or a column, a rectangle not rotated), clipped by nothing of its own: it may
// be painted on either thread, in bands of rows, pixel for pixel as in one go. (A sloping line's
// pixels change where a band's edge cuts it.) Qt Charts' axis line is a QGraphicsLineItem of its
// own class that changes only its box.
bool StaticOps::isShareable(const Op &op, const QTransform &worldToDevice) const
{
    if (op.kept || op.clip >= 0 || (op.item->flags() & QGraphicsItem::ItemClipsToShape) || op.item->isSelected()
        || (op.transform * worldToDevice).type() > QTransform::TxScale)
        return false;
    const auto solid = [](const QPen &pen) {
        return pen.style() == Qt::NoPen || (pen.style() == Qt::SolidLine && pen.brush().style() == Qt::SolidPattern);
    };
    if (op.item->type() == QGraphicsLineItem::Type) {
        const auto *item = static_cast<const QGraphicsLineItem *>(op.item);
        const QLineF line = item->line();
        return solid(item->pen()) && (line.x1() == line.x2() || line.y1() == line.y2());
    }
    if (typeid(*op.item) == typeid(QGraphicsRectItem)) {
        const auto *item = static_cast<const QGraphicsRectItem *>(op.item);
        return solid(item->pen()) && (item->brush().style() == Qt::NoBrush || item->brush().style() == Qt::SolidPattern);
    }
    return false;
}

void StaticOps::paint(QPainter *painter, const std::optional<QRectF> &clipRect, const std::function<void()> &fillUnder,
                      const std::function<void()> &handMore)
{
    // The caller's own clip (asked only where bands may be painted), and the transform it and
    // clipRect are in.
    const bool mayShare = m_shared && can_share_work();
    const std::optional<QRegion> callerClip =
        mayShare && painter->hasClipping() ? std::optional<QRegion>(painter->clipRegion()) : std::nullopt;
    const QTransform entryDevice = painter->deviceTransform();
    painter->save();
    if (clipRect)
        painter->setClipRect(*clipRect, Qt::IntersectClip);
    if (fillUnder)
        fillUnder();
    m_lastShared = mayShare && paintShared(painter, {callerClip, entryDevice, clipRect}, handMore);
    if (!m_lastShared) {
        if (handMore)
            handMore();
        QStyleOptionGraphicsItem option;
        for (const Op &op : m_ops)
            paintOp(painter, op, option);
    }
    painter->restore();
}

bool StaticOps::paintShared(QPainter *painter, const Entry &entry, const std::function<void()> &handMore)
{
    QPaintEngine *engine = painter->paintEngine();
    QPaintDevice *device = engine ? engine->paintDevice() : nullptr;
    if (!device || engine->type() != QPaintEngine::Raster || device->devType() != QInternal::Image
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver)
        return false;
    Bands b{static_cast<QImage *>(device), {}, entry.device, entry.clipRect, engine->systemClip(),
            painter->renderHints(), painter->opacity(), {}, {}, {}};
    painter->save();
    painter->setWorldTransform(QTransform());
    b.worldToDevice = painter->deviceTransform();
    painter->restore();
    const QTransform &d = b.worldToDevice;
    if (d.type() > QTransform::TxScale || !whole(d.m11()) || !whole(d.m22()) || !whole(d.dx()) || !whole(d.dy()))
        return false;
    QRect deviceRect = b.target->rect();
    if (!b.systemClip.isEmpty())
        deviceRect &= b.systemClip.boundingRect();
    if (entry.clipRect)
        deviceRect &= entry.device.mapRect(*entry.clipRect).toAlignedRect();

    // The items' boxes on the device; which are lines and rectangles; whether the order allows.
    std::vector<QRectF> itemBounds;
    std::vector<QRectF> bounds;
    std::vector<char> shareable;
    itemBounds.reserve(m_ops.size());
    bounds.reserve(m_ops.size());
    shareable.reserve(m_ops.size());
    QRect rows;
    for (const Op &op : m_ops) {
        itemBounds.push_back(op.item->boundingRect());
        bounds.push_back((op.transform * d).mapRect(itemBounds.back()).adjusted(-kBoundsMargin, -kBoundsMargin,
                                                                                kBoundsMargin, kBoundsMargin));
        shareable.push_back(isShareable(op, d) ? 1 : 0);
        if (shareable.back())
            rows |= bounds.back().toAlignedRect();
    }
    rows &= deviceRect;
    if (rows.height() < kShareFromRows)
        return false;
    // free[i]: the item shares no pixel with any line or rectangle, so it may be painted while
    // they are. Every other item must share none with one that follows it.
    // A kept line's tiles are blended in whole groups of pixels, past its box: it waits for both
    // bands.
    std::vector<char> free(m_ops.size(), 1);
    for (std::size_t i = 0; i < m_ops.size(); ++i) {
        if (shareable[i])
            continue;
        if (m_ops[i].kept)
            free[i] = 0;
        for (std::size_t j = 0; j < m_ops.size(); ++j) {
            if (!shareable[j] || !bounds[i].intersects(bounds[j]))
                continue;
            if (j > i)
                return false;
            free[i] = 0;
        }
    }
    // The bands clip as the painter does but for the caller's own clip: they go ahead only where
    // it holds every pixel they may paint (a pixel inside, for its edges' rounding).
    if (entry.callerClip) {
        if (entry.callerClip->rectCount() != 1 || entry.device.type() > QTransform::TxScale)
            return false;
        const QRect holds = entry.device.mapRect(QRectF(entry.callerClip->boundingRect())).toAlignedRect().adjusted(1, 1, -1, -1);
        if (!holds.contains(rows))
            return false;
    }
    for (std::size_t i = 0; i < m_ops.size(); ++i) {
        if (shareable[i]) {
            b.ops.push_back(&m_ops[i]);
            b.bounds.push_back(bounds[i]);
            b.itemBounds.push_back(itemBounds[i]);
        }
    }
    // Made here: a style option reads the application's font and palette.
    QStyleOptionGraphicsItem upperOption;
    QStyleOptionGraphicsItem lowerOption;
    const int middle = rows.top() + rows.height() / 2;
    HandedTask lower([this, &b, &lowerOption, middle, bottom = rows.bottom() + 1] {
        paintBand(b, middle, bottom, lowerOption);
    });
    if (handMore)
        handMore();
    paintBand(b, rows.top(), middle, upperOption);
    QStyleOptionGraphicsItem option;
    std::size_t i = 0;
    for (; i < m_ops.size() && (shareable[i] || free[i]); ++i)
        if (!shareable[i])
            paintOp(painter, m_ops[i], option);
    lower.finish();
    for (; i < m_ops.size(); ++i)
        if (!shareable[i])
            paintOp(painter, m_ops[i], option);
    return true;
}

void StaticOps::paintBand(const Bands &b, int top, int bottom, QStyleOptionGraphicsItem &option) const
{
    QImage rows = rows_view(*b.target, top, bottom, b.systemClip);
    if (rows.isNull())
        return;
    const QTransform shift = QTransform::fromTranslate(0, -top);
    const QRectF band(0, top, b.target->width(), bottom - top);
    QPainter painter(&rows);
    painter.setRenderHints(painter.renderHints(), false);
    painter.setRenderHints(b.hints);
    painter.setOpacity(b.opacity);
    if (b.clipRect) {
        painter.setWorldTransform(b.entryDevice * shift);
        painter.setClipRect(*b.clipRect, Qt::IntersectClip);
    }
    for (std::size_t k = 0; k < b.ops.size(); ++k) {
        if (!b.bounds[k].intersects(band))
            continue;
        const Op &op = *b.ops[k];
        painter.save();
        painter.setWorldTransform(op.transform * b.worldToDevice * shift);
        option.state = op.item->isEnabled() ? QStyle::State_Enabled : QStyle::State_None;
        option.rect = b.itemBounds[k].toRect();
        option.exposedRect = b.itemBounds[k];
        op.item->paint(&painter, &option, nullptr);
        painter.restore();
    }
}

} // namespace lre::ui
