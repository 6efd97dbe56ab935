// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitrows.h"

#include "lineonly.h"
#include "rowsview.h"
#include "sharedwork.h"

#include <QGraphicsItem>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QStyleOptionGraphicsItem>
#include <QXYSeries>

#include <algorithm>
#include <functional>
#include <vector>

namespace lre::ui {

namespace {

// A line over fewer rows (a horizontal one) or fewer device pixels long costs the rasterizer too
// little to gain from halving (measured: at 1x, the left branch of a 1280-wide chart gained
// nothing). Flat lines are worth halving too: each row then holds half as many of the
// rasterizer's cells, which it keeps in lists it searches for every new one.
constexpr int kSplitFromRows = 12;
constexpr int kSplitFromLength = 800;

// Everything a half needs, copied from the painter before either starts.
struct Halves {
    QImage *target;
    QTransform toDevice;
    QRegion systemClip; // empty: none
    QPainter::RenderHints hints;
    qreal opacity;
    QStyleOptionGraphicsItem option;
};

void paint_rows(QGraphicsItem *item, const Halves &h, int top, int bottom)
{
    QImage rows = rows_view(*h.target, top, bottom, h.systemClip);
    if (rows.isNull())
        return;
    QPainter painter(&rows);
    painter.setRenderHints(painter.renderHints(), false);
    painter.setRenderHints(h.hints);
    painter.setOpacity(h.opacity);
    painter.setWorldTransform(h.toDevice * QTransform::fromTranslate(0, -top));
    item->paint(&painter, &h.option, nullptr);
}

// Both halves run the item's paint() at once: with a dashed pen both would build the same path's
// cached outline.
bool paints_read_only(const QXYSeries *series)
{
    return series->pen().style() == Qt::SolidLine && paints_line_only(series);
}

} // namespace

SplitRows::SplitRows(QGraphicsItem *item, const QXYSeries *series)
    : m_item(item)
    , m_series(series)
{
}

void SplitRows::draw(QPainter *painter)
{
    QPaintEngine *engine = painter->paintEngine();
    QPaintDevice *device = engine ? engine->paintDevice() : nullptr;
    if (!device || engine->type() != QPaintEngine::Raster || device->devType() != QInternal::Image
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver || !paints_read_only(m_series)) {
        drawSource(painter);
        return;
    }
    Halves h{static_cast<QImage *>(device), painter->deviceTransform(), engine->systemClip(), painter->renderHints(),
             painter->opacity(), {}};
    // Qt Charts' line items replace the painter's clip with their plot area's: only the system
    // clip (a widget's repainted region) and the device bound what they paint.
    QRect rows = h.toDevice.mapRect(m_item->boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1) & h.target->rect();
    if (!h.systemClip.isEmpty())
        rows &= h.systemClip.boundingRect();
    if (rows.height() < kSplitFromRows || std::max(rows.width(), rows.height()) < kSplitFromLength) {
        drawSource(painter);
        return;
    }
    h.option.state = m_item->isEnabled() ? QStyle::State_Enabled : QStyle::State_None;
    h.option.exposedRect = m_item->boundingRect();
    h.option.rect = h.option.exposedRect.toRect();
    const int middle = rows.top() + rows.height() / 2;
    std::vector<std::function<void()>> halves;
    halves.emplace_back([this, &h, top = rows.top(), middle] { paint_rows(m_item, h, top, middle); });
    halves.emplace_back([this, &h, middle, bottom = rows.bottom() + 1] { paint_rows(m_item, h, middle, bottom); });
    share_work(std::move(halves));
    ++m_splitFrames;
}

} // namespace lre::ui
