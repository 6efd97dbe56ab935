// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "activationchart.h"

#include <QChart>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace lre::ui {

ChartView::ChartView(ActivationChart *chart, QWidget *parent)
    : QGraphicsView(new QGraphicsScene, parent)
    , m_chart(chart)
{
    scene()->setParent(this);
    scene()->addItem(chart);
    setRenderHint(QPainter::Antialiasing, true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A slider step moves the Leaky ReLU's left branch, its gradient and the title: only their
    // boxes are painted again, the static layer (grid, axes, labels) copied in under them.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    // The chart paints every pixel of the view (its background, then the layer): Qt need not
    // fill what is repainted first.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    // The hover readout needs moves without a button held, which the viewport receives.
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(320, 260);
}

void ChartView::paintEvent(QPaintEvent *event)
{
    QGraphicsView::paintEvent(event);
    // The helper's work on a line the scene did not paint after all ends with the frame.
    m_chart->finishLineWork();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    const QRectF area(QPointF(0, 0), viewport()->size());
    scene()->setSceneRect(area);
    m_chart->setGeometry(area);
}

QPoint ChartView::viewportPos(QPointF chartPos) const
{
    return mapFromScene(m_chart->mapToScene(chartPos));
}

std::optional<double> ChartView::xAt(QPointF viewPos) const
{
    return m_chart->xAt(m_chart->mapFromScene(mapToScene(viewPos.toPoint())));
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    const auto x0 = xAt(event->position());
    if (delta == 0 || !x0) {
        event->ignore();
        return;
    }
    // One notch (120) zooms by 20%; touchpads that send small deltas zoom smoothly.
    const double factor = std::pow(0.8, delta / 120.0);
    const PlotParams &p = m_chart->params();
    emit xRangeRequested(*x0 - (*x0 - p.xMin) * factor, *x0 + (p.xMax - *x0) * factor);
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && xAt(event->position())) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragXMin = m_chart->params().xMin;
        m_dragXMax = m_chart->params().xMax;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        const double width = m_chart->plotAreaOf(m_chart->functionChart()).width();
        if (width > 0.0) {
            const double shift = (pos.x() - m_dragStart.x()) / width * (m_dragXMax - m_dragXMin);
            emit xRangeRequested(m_dragXMin - shift, m_dragXMax - shift);
        }
        event->accept();
    }
    if (const auto x = xAt(pos))
        emit hoveredAt(*x);
    else
        emit hoverLeft();
    if (!m_dragging)
        QGraphicsView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        viewport()->unsetCursor();
        emit resetViewRequested();
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    emit hoverLeft();
    QGraphicsView::leaveEvent(event);
}

} // namespace lre::ui
