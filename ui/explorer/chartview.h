// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

#include <optional>

namespace lre::ui {

class ActivationChart;

// Shows the chart and turns the mouse into requests: the wheel zooms x around the cursor,
// dragging pans, a double-click asks for the default view. The owner decides what is valid.
class ChartView final : public QGraphicsView {
    Q_OBJECT

public:
    explicit ChartView(ActivationChart *chart, QWidget *parent = nullptr);

    ActivationChart *activationChart() const { return m_chart; }
    // Where a chart-item point is in viewport coordinates (tests aim the mouse with it).
    QPoint viewportPos(QPointF chartPos) const;

signals:
    void xRangeRequested(double xMin, double xMax);
    void resetViewRequested();
    void hoveredAt(double x);
    void hoverLeft();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    std::optional<double> xAt(QPointF viewPos) const;

    ActivationChart *m_chart;
    bool m_dragging = false;
    QPointF m_dragStart;
    double m_dragXMin = 0.0;
    double m_dragXMax = 0.0;
};

} // namespace lre::ui
