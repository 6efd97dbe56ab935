// SPDX-License-Identifier: GPL-3.0-or-later
#include "clippingdevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPixmap>

#include <cmath>

namespace lre::ui {

namespace {

class ClippingEngine final : public QPaintEngine {
public:
    explicit ClippingEngine(QPaintDevice *target)
        : QPaintEngine(AllFeatures)
        , m_target(target)
    {
    }

    bool begin(QPaintDevice *) override { return m_out.begin(m_target); }
    bool end() override { return m_out.end(); }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen)
            m_out.setPen(state.pen());
        if (dirty & DirtyBrush)
            m_out.setBrush(state.brush());
        if (dirty & DirtyBrushOrigin)
            m_out.setBrushOrigin(state.brushOrigin());
        if (dirty & DirtyFont)
            m_out.setFont(state.font());
        if (dirty & DirtyBackground)
            m_out.setBackground(state.backgroundBrush());
        if (dirty & DirtyBackgroundMode)
            m_out.setBackgroundMode(state.backgroundMode());
        if (dirty & DirtyTransform)
            m_out.setTransform(state.transform());
        if (dirty & DirtyHints) {
            m_out.setRenderHints(m_out.renderHints(), false);
            m_out.setRenderHints(state.renderHints(), true);
        }
        if (dirty & DirtyCompositionMode)
            m_out.setCompositionMode(state.compositionMode());
        if (dirty & DirtyOpacity)
            m_out.setOpacity(state.opacity());
        if (dirty & (DirtyClipPath | DirtyClipRegion | DirtyClipEnabled)) {
            // In device coordinates, which no later transform changes.
            const QPainter *source = painter();
            m_clipped = source->hasClipping();
            m_clip = m_clipped ? source->combinedTransform().map(source->clipPath()) : QPainterPath();
        }
    }

    void drawPath(const QPainterPath &path) override
    {
        switch (place(path.controlPointRect(), true)) {
        case Place::Inside:
            m_out.drawPath(path);
            break;
        case Place::Across:
            drawCut(path, true);
            break;
        case Place::Outside:
            break;
        }
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        const QPolygonF polygon(QList<QPointF>(points, points + count));
        const bool filled = mode != PolylineMode;
        const Qt::FillRule rule = mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill;
        switch (place(polygon.boundingRect(), true)) {
        case Place::Inside:
            if (filled)
                m_out.drawPolygon(polygon, rule);
            else
                m_out.drawPolyline(polygon);
            break;
        case Place::Across: {
            QPainterPath path;
            path.addPolygon(polygon);
            if (filled)
                path.closeSubpath();
            path.setFillRule(rule);
            drawCut(path, filled);
            break;
        }
        case Place::Outside:
            break;
        }
    }

    void drawTextItem(const QPointF &point, const QTextItem &text) override
    {
        const QRectF box(point.x(), point.y() - text.ascent(), text.width(), text.ascent() + text.descent());
        if (place(box, false) != Place::Outside)
            m_out.drawTextItem(point, text);
    }

    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        if (place(rect, false) != Place::Outside)
            m_out.drawPixmap(rect, pixmap, source);
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override
    {
        if (place(rect, false) != Place::Outside)
            m_out.drawImage(rect, image, source, flags);
    }

    void drawTiledPixmap(const QRectF &rect, const QPixmap &pixmap, const QPointF &offset) override
    {
        if (place(rect, false) != Place::Outside)
            m_out.drawTiledPixmap(rect, pixmap, offset);
    }

private:
    enum class Place { Inside, Across, Outside };

    // Where a shape with these bounds (in the painter's coordinates) lies against the clip,
    // its pen's width included when it is stroked.
    Place place(const QRectF &bounds, bool stroked) const
    {
        if (!m_clipped)
            return Place::Inside;
        QRectF device = m_out.transform().mapRect(bounds);
        const QPen pen = m_out.pen();
        if (stroked && pen.style() != Qt::NoPen) {
            const QTransform &t = m_out.transform();
            const qreal scale = pen.isCosmetic() ? 1.0 : std::sqrt(std::abs(t.determinant()));
            const qreal half = std::max(pen.widthF() * scale, 1.0) / 2;
            device.adjust(-half, -half, half, half);
        }
        if (m_clip.contains(device))
            return Place::Inside;
        return m_clip.intersects(device) ? Place::Across : Place::Outside;
    }

    // The fill and the pen's outline, each cut by the clip, filled in device coordinates.
    void drawCut(const QPainterPath &path, bool filled)
    {
        const QTransform transform = m_out.transform();
        const QPen pen = m_out.pen();
        const QBrush brush = m_out.brush();
        QPainterPath outline;
        if (pen.style() != Qt::NoPen) {
            QPainterPathStroker stroker(pen);
            if (pen.isCosmetic()) {
                stroker.setWidth(std::max(pen.widthF(), 1.0));
                outline = stroker.createStroke(transform.map(path));
            } else {
                outline = transform.map(stroker.createStroke(path));
            }
        }
        m_out.save();
        m_out.resetTransform();
        m_out.setPen(Qt::NoPen);
        if (filled && brush.style() != Qt::NoBrush) {
            m_out.setBrush(brush);
            m_out.drawPath(transform.map(path).intersected(m_clip));
        }
        if (!outline.isEmpty()) {
            m_out.setBrush(pen.brush());
            m_out.drawPath(outline.intersected(m_clip));
        }
        m_out.restore();
    }

    QPaintDevice *m_target;
    QPainter m_out;
    bool m_clipped = false;
    QPainterPath m_clip;
};

} // namespace

ClippingDevice::ClippingDevice(QPaintDevice *target)
    : m_target(target)
    , m_engine(std::make_unique<ClippingEngine>(target))
{
}

ClippingDevice::~ClippingDevice() = default;

QPaintEngine *ClippingDevice::paintEngine() const
{
    return m_engine.get();
}

int ClippingDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_target->width();
    case PdmHeight:
        return m_target->height();
    case PdmWidthMM:
        return m_target->widthMM();
    case PdmHeightMM:
        return m_target->heightMM();
    case PdmNumColors:
        return m_target->colorCount();
    case PdmDepth:
        return m_target->depth();
    case PdmDpiX:
        return m_target->logicalDpiX();
    case PdmDpiY:
        return m_target->logicalDpiY();
    case PdmPhysicalDpiX:
        return m_target->physicalDpiX();
    case PdmPhysicalDpiY:
        return m_target->physicalDpiY();
    case PdmDevicePixelRatio:
        return m_target->devicePixelRatio();
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(m_target->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace lre::ui
