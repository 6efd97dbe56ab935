// SPDX-License-Identifier: GPL-3.0-or-later
#include "strokecache.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDataStream>
#include <QIODevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

constexpr int kTile = 16;
constexpr qreal kStep = 4.0; // device pixels between the points sampled along the line

// Runs of the tiles (of the clip's tile grid, on the device) that lie within reach of the line:
// every pixel the pen can touch is in one. Found from the line, not from the pixels.
std::vector<QRect> tiles_along(const QPolygonF &line, qreal reach, const QRect &clip)
{
    const int columns = (clip.width() + kTile - 1) / kTile;
    const int rows = (clip.height() + kTile - 1) / kTile;
    std::vector<char> marked(static_cast<std::size_t>(columns) * rows, 0);
    // A point of the line lies within kStep / 2 of a sample: each sample marks what lies within
    // reach of it, and that much more.
    const qreal margin = reach + kStep;
    // A tile's index for an offset from the clip's corner, kept in [0, count) (clamped as a double
    // first: a point far off the device must not overflow an int).
    const auto tile = [](qreal offset, int count) {
        return static_cast<int>(std::clamp(std::floor(offset / kTile), 0.0, static_cast<qreal>(count - 1)));
    };
    const auto mark = [&](QPointF p) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return;
        const int left = tile(p.x() - margin - clip.left(), columns);
        const int right = tile(p.x() + margin - clip.left(), columns);
        const int top = tile(p.y() - margin - clip.top(), rows);
        const int bottom = tile(p.y() + margin - clip.top(), rows);
        for (int row = top; row <= bottom; ++row)
            for (int column = left; column <= right; ++column)
                marked[static_cast<std::size_t>(row) * columns + column] = 1;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        mark(line[i]);
        if (i == 0)
            continue;
        const QLineF segment(line[i - 1], line[i]);
        const int steps = static_cast<int>(std::ceil(segment.length() / kStep));
        for (int k = 1; k < steps; ++k)
            mark(segment.pointAt(static_cast<qreal>(k) / steps));
    }
    std::vector<QRect> runs;
    for (int row = 0; row < rows; ++row) {
        const int y = clip.top() + row * kTile;
        const int height = std::min(kTile, clip.bottom() + 1 - y);
        for (int column = 0; column < columns;) {
            if (!marked[static_cast<std::size_t>(row) * columns + column]) {
                ++column;
                continue;
            }
            const int first = column;
            while (column < columns && marked[static_cast<std::size_t>(row) * columns + column])
                ++column;
            const int x = clip.left() + first * kTile;
            runs.emplace_back(x, y, std::min(column * kTile, clip.width()) - first * kTile, height);
        }
    }
    return runs;
}

} // namespace

StrokeCache::StrokeCache(QGraphicsItem *item, std::function<QByteArray()> key, std::function<Stroke()> stroke)
    : m_item(item)
    , m_key(std::move(key))
    , m_stroke(std::move(stroke))
{
}

void StrokeCache::draw(QPainter *painter)
{
    const QTransform device = painter->deviceTransform();
    if (device.type() > QTransform::TxScale) {
        drawSource(painter);
        return;
    }
    QByteArray key = m_key();
    {
        QDataStream out(&key, QIODevice::Append);
        out << device << static_cast<int>(painter->renderHints());
    }
    const bool again = key == m_lastKey;
    m_lastKey = key;
    if (key != m_imageKey) {
        if (!again) { // new this frame: it may change again in the next (a drag)
            drawSource(painter);
            return;
        }
        rebuild(painter, device);
        m_imageKey = key;
    }
    // Device pixels one to one: the world transform undoes what the painter adds after it (the
    // device's scale, a widget's offset in its window).
    painter->save();
    painter->setWorldTransform((painter->worldTransform().inverted() * device).inverted());
    for (const QRect &run : m_painted)
        painter->drawImage(run.topLeft(), m_image, run);
    painter->restore();
}

void StrokeCache::release()
{
    m_image = QImage();
    m_imageKey.clear();
    m_lastKey.clear();
    m_painted.clear();
}

void StrokeCache::rebuild(QPainter *painter, const QTransform &device)
{
    const Stroke stroke = m_stroke();
    // Qt Charts widens a series' clip by up to a pixel to keep lines along the plot's edges.
    constexpr int kClipSlack = 2;
    const QPaintDevice *target = painter->paintEngine()->paintDevice();
    const QRect clip = device.mapRect(stroke.clip).toAlignedRect().adjusted(-kClipSlack, -kClipSlack, kClipSlack, kClipSlack)
        & QRect(0, 0, target->width(), target->height());
    const qreal scale = std::max(std::abs(device.m11()), std::abs(device.m22()));
    m_painted = clip.isEmpty() ? std::vector<QRect>() : tiles_along(device.map(stroke.line), stroke.reach * scale + 1.0, clip);
    ++m_rebuilds;
    if (m_painted.empty())
        return;
    // The image starts at the device's origin and the item is painted with the painter's very
    // transform, so every coordinate is the same number as when it paints itself (a shifted
    // origin would round some a 64th of a pixel the other way). Only the tiles are cleared and read.
    if (m_image.width() <= clip.right() || m_image.height() <= clip.bottom())
        m_image = QImage(clip.right() + 1, clip.bottom() + 1, QImage::Format_ARGB32_Premultiplied);
    QPainter image(&m_image);
    image.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect &run : m_painted)
        image.fillRect(run, Qt::transparent);
    image.setCompositionMode(QPainter::CompositionMode_SourceOver);
    image.setRenderHints(painter->renderHints());
    image.setWorldTransform(device);
    QStyleOptionGraphicsItem option;
    option.state = m_item->isEnabled() ? QStyle::State_Enabled : QStyle::State_None;
    option.exposedRect = m_item->boundingRect();
    option.rect = option.exposedRect.toRect();
    m_item->paint(&image, &option, nullptr);
}

StrokeCache *keep_line_pixels(QChart *chart, QXYSeries *series, QGraphicsItem *item)
{
    auto key = [chart, series] {
        QByteArray key;
        QDataStream out(&key, QIODevice::WriteOnly);
        out << series->points() << series->pen() << series->opacity() << series->isVisible() << chart->isVisible()
            << chart->geometry() << chart->plotArea() << chart->sceneTransform();
        for (const QAbstractAxis *axis : series->attachedAxes())
            if (const auto *values = qobject_cast<const QValueAxis *>(axis))
                out << values->min() << values->max() << values->isReverse();
        return key;
    };
    // A series' item paints inside its chart's plot area, along its points.
    auto stroke = [chart, series, item] {
        StrokeCache::Stroke stroke;
        stroke.clip = item->mapRectFromItem(chart, chart->plotArea());
        for (const QPointF &point : series->points())
            stroke.line << item->mapFromItem(chart, chart->mapToPosition(point, series));
        const QPen pen = series->pen();
        stroke.reach = pen.widthF() * std::max(1.0, pen.miterLimit()) / 2.0;
        return stroke;
    };
    auto *cache = new StrokeCache(item, key, stroke);
    item->setGraphicsEffect(cache);
    return cache;
}

} // namespace lre::ui
