// SPDX-License-Identifier: GPL-3.0-or-later
#include "strokecache.h"

#include <QGraphicsItem>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>

namespace lre::ui {

StrokeCache::StrokeCache(std::unique_ptr<KeptStroke> kept)
    : m_kept(std::move(kept))
{
}

StrokeCache::StrokeCache(QGraphicsItem *item, std::function<QByteArray()> key, std::function<Stroke()> stroke)
    : StrokeCache(std::make_unique<KeptStroke>(item, std::move(key), std::move(stroke)))
{
}

void StrokeCache::prepare(const QPainter *painter, const QGraphicsItem *paintedItem)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!isEnabled() || !engine)
        return;
    // The item's transform to the device, as the scene gives it to draw() (should a rounding make
    // it differ there, the key does, and the image is not used).
    const QGraphicsItem *item = m_kept->item();
    const QTransform device = item->sceneTransform() * paintedItem->sceneTransform().inverted() * painter->deviceTransform();
    // The scene leaves out an item outside the region it repaints, or one it cannot see.
    const QRect box = device.mapRect(boundingRectFor(item->boundingRect())).toAlignedRect();
    const QRegion repainted = engine->systemClip();
    if (item->effectiveOpacity() <= 0.0 || (!repainted.isEmpty() && !repainted.intersects(box))
        || (painter->hasClipping() && !painter->deviceTransform().mapRect(painter->clipBoundingRect()).intersects(box)))
        return;
    m_kept->prepare(engine->paintDevice(), device, painter->renderHints());
}

void StrokeCache::draw(QPainter *painter)
{
    m_kept->draw(painter, [this, painter] { drawSource(painter); });
}

void StrokeCache::release()
{
    m_kept->release();
}

StrokeCache *keep_line_pixels(QChart *chart, QXYSeries *series, QGraphicsItem *item)
{
    auto *cache = new StrokeCache(keep_series_stroke(chart, series, item));
    item->setGraphicsEffect(cache);
    return cache;
}

} // namespace lre::ui
