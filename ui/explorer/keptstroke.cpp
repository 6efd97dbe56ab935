// SPDX-License-Identifier: GPL-3.0-or-later
#include "keptstroke.h"

#include "lineonly.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDataStream>
#include <QGraphicsItem>
#include <QIODevice>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <utility>

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

KeptStroke::KeptStroke(QGraphicsItem *item, std::function<QByteArray()> key, std::function<Stroke()> stroke,
                       std::function<bool()> paintsAlone)
    : m_item(item)
    , m_key(std::move(key))
    , m_stroke(std::move(stroke))
    , m_paintsAlone(std::move(paintsAlone))
{
}

KeptStroke::~KeptStroke()
{
    m_making.finish(); // the helper may still be painting into the image
}

void KeptStroke::setEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        release();
}

void KeptStroke::release()
{
    m_making.finish();
    m_imageFromHelper = false;
    m_image = QImage();
    m_imageKey.clear();
    m_lastKey.clear();
    m_painted.clear();
}

QByteArray KeptStroke::keyFor(const QTransform &device, QPainter::RenderHints hints) const
{
    QByteArray key = m_key();
    QDataStream out(&key, QIODevice::Append);
    out << device << static_cast<int>(hints);
    return key;
}

void KeptStroke::prepare(const QPaintDevice *target, const QTransform &device, QPainter::RenderHints hints)
{
    if (!m_enabled || m_making.pending() || !m_paintsAlone || !can_share_work() || !target || !m_item->isVisible()
        || device.type() > QTransform::TxScale)
        return;
    const QByteArray key = keyFor(device, hints);
    if (key == m_imageKey || !m_paintsAlone())
        return;
    Plan next;
    m_imageKey = key;
    if (!plan(target, device, hints, next))
        return;
    ++m_preparedFrames;
    m_imageFromHelper = true;
    // The plan stays here, untouched until the task is finished: the task holds only this.
    m_plan = next;
    m_making = HandedTask([this] { paintImage(m_plan); });
}

void KeptStroke::draw(QPainter *painter, const std::function<void()> &paintItself)
{
    m_making.finish();
    const QTransform device = painter->deviceTransform();
    if (!m_enabled || device.type() > QTransform::TxScale) {
        paintItself();
        return;
    }
    const QByteArray key = keyFor(device, painter->renderHints());
    const bool again = key == m_lastKey;
    m_lastKey = key;
    const bool fromHelper = std::exchange(m_imageFromHelper, false);
    if (key != m_imageKey) {
        if (!again) { // new this frame: it may change again in the next (a drag)
            paintItself();
            return;
        }
        Plan next;
        if (plan(painter->paintEngine()->paintDevice(), device, painter->renderHints(), next))
            paintImage(next);
        m_imageKey = key;
    } else if (fromHelper) {
        ++m_preparedDrawn;
    }
    // Device pixels one to one: the world transform undoes what the painter adds after it (the
    // device's scale, a widget's offset in its window).
    painter->save();
    painter->setWorldTransform((painter->worldTransform().inverted() * device).inverted());
    for (const QRect &run : m_painted)
        painter->drawImage(run.topLeft(), m_image, run);
    painter->restore();
}

bool KeptStroke::plan(const QPaintDevice *target, const QTransform &device, QPainter::RenderHints hints, Plan &out)
{
    const Stroke stroke = m_stroke();
    // Qt Charts widens a series' clip by up to a pixel to keep lines along the plot's edges.
    constexpr int kClipSlack = 2;
    const QRect clip = device.mapRect(stroke.clip).toAlignedRect().adjusted(-kClipSlack, -kClipSlack, kClipSlack, kClipSlack)
        & QRect(0, 0, target->width(), target->height());
    const qreal scale = std::max(std::abs(device.m11()), std::abs(device.m22()));
    m_painted = clip.isEmpty() ? std::vector<QRect>() : tiles_along(device.map(stroke.line), stroke.reach * scale + 1.0, clip);
    ++m_rebuilds;
    if (m_painted.empty())
        return false;
    if (m_image.width() <= clip.right() || m_image.height() <= clip.bottom())
        m_image = QImage(clip.right() + 1, clip.bottom() + 1, QImage::Format_ARGB32_Premultiplied);
    out.device = device;
    out.hints = hints;
    out.option.state = m_item->isEnabled() ? QStyle::State_Enabled : QStyle::State_None;
    out.option.exposedRect = m_item->boundingRect();
    out.option.rect = out.option.exposedRect.toRect();
    return true;
}

void KeptStroke::paintImage(const Plan &plan)
{
    // The image starts at the device's origin and the item is painted with the painter's very
    // transform, so every coordinate is the same number as when it paints itself (a shifted
    // origin would round some a 64th of a pixel the other way). Only the tiles are cleared and read.
    QPainter image(&m_image);
    image.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect &run : m_painted)
        image.fillRect(run, Qt::transparent);
    image.setCompositionMode(QPainter::CompositionMode_SourceOver);
    image.setRenderHints(plan.hints);
    image.setWorldTransform(plan.device);
    m_item->paint(&image, &plan.option, nullptr);
}

std::unique_ptr<KeptStroke> keep_series_stroke(QChart *chart, QXYSeries *series, QGraphicsItem *item)
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
        KeptStroke::Stroke stroke;
        stroke.clip = item->mapRectFromItem(chart, chart->plotArea());
        for (const QPointF &point : series->points())
            stroke.line << item->mapFromItem(chart, chart->mapToPosition(point, series));
        const QPen pen = series->pen();
        stroke.reach = pen.widthF() * std::max(1.0, pen.miterLimit()) / 2.0;
        return stroke;
    };
    // A dashed pen works out its pattern the first time it is asked: asked here first, so that
    // the helper and this thread (painting the legend's piece of the line with the same pen) only
    // read it.
    auto paintsAlone = [series] {
        (void)series->pen().dashPattern();
        return paints_line_only(series);
    };
    return std::make_unique<KeptStroke>(item, key, stroke, paintsAlone);
}

} // namespace lre::ui
