// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinlayer.h"

#include "chartstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace lre::ui {

namespace {

constexpr qreal kMarkerSize = 9.0; // as the main gradients' markers

QPointF mapped(const PinLayer::Frame &f, const Point &p)
{
    return {f.plot.left() + (p.x - f.xMin) / (f.xMax - f.xMin) * f.plot.width(),
            f.plot.bottom() - (p.y - f.yMin) / (f.yMax - f.yMin) * f.plot.height()};
}

QPainterPath path_of(const PinLayer::Frame &f, const Polyline &line)
{
    QPainterPath path;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (i == 0)
            path.moveTo(mapped(f, line[i]));
        else
            path.lineTo(mapped(f, line[i]));
    }
    return path;
}

} // namespace

PinLayer::PinLayer(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setCached(true);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PinLayer::setCached(bool cached)
{
    setCacheMode(cached ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

void PinLayer::setCurves(const std::vector<PinnedCurve> &curves, const ThemeColors &colors, qreal scale)
{
    m_curves = curves;
    m_colors = colors;
    m_scale = scale;
    prepareGeometryChange();
    update();
}

void PinLayer::setFrames(const Frame &functions, const Frame &gradients)
{
    if (functions == m_functions && gradients == m_gradients)
        return;
    prepareGeometryChange();
    m_functions = functions;
    m_gradients = gradients;
    update();
}

QRectF PinLayer::boundingRect() const
{
    if (m_curves.empty())
        return {};
    const qreal reach = kMarkerSize * m_scale;
    QRectF box = m_functions.visible ? m_functions.plot : QRectF();
    if (m_gradients.visible)
        box = box.united(m_gradients.plot);
    return box.adjusted(-reach, -reach, reach, reach);
}

void PinLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (std::size_t i = 0; i < m_curves.size(); ++i) {
        const PinnedCurve &pin = m_curves[i];
        if (m_functions.visible && m_functions.xMax > m_functions.xMin && m_functions.yMax > m_functions.yMin) {
            painter->save();
            painter->setClipRect(m_functions.plot);
            painter->setPen(pin_pen(m_colors, i, chart_style::kPinWidth * m_scale));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(path_of(m_functions, pin.function));
            painter->restore();
        }
        if (!m_gradients.visible || m_gradients.xMax <= m_gradients.xMin || m_gradients.yMax <= m_gradients.yMin)
            continue;
        QPen line = pin_pen(m_colors, i, chart_style::kPinGradientWidth * m_scale);
        line.setCapStyle(Qt::FlatCap);
        painter->save();
        painter->setClipRect(m_gradients.plot);
        painter->setPen(line);
        painter->setBrush(Qt::NoBrush);
        for (const Polyline &piece : pin.gradient.pieces)
            painter->drawPath(path_of(m_gradients, piece));
        painter->restore();
        const qreal radius = kMarkerSize * m_scale / 2.0;
        painter->setPen(QPen(line.color(), chart_style::kMarkerOutlineWidth * m_scale));
        if (pin.gradient.otherLimit) {
            painter->setBrush(m_colors.plotBackground);
            painter->drawEllipse(mapped(m_gradients, *pin.gradient.otherLimit), radius, radius);
        }
        if (pin.gradient.atZero) {
            painter->setBrush(line.color());
            painter->drawEllipse(mapped(m_gradients, *pin.gradient.atZero), radius, radius);
        }
    }
}

} // namespace lre::ui
