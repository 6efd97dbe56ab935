// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QPen>

#include <vector>

class QCategoryAxis;
class QChart;
class QGraphicsItem;
class QGraphicsItemGroup;
class QGraphicsLineItem;

namespace lre::ui {

// Stands in for a chart's bottom category axis's grid lines, ticks and line: those of the
// function chart's x axis, whose labels and title are hidden while the gradient chart below labels
// x (Qt Charts lays every category label out again as rich text on each range change, shown or
// not, which took a fifth of a zoom's frame: that axis then carries no categories), and those of
// the gradient chart's x axis, which carries only the categories whose labels Qt Charts draws
// (CategoryLabelStandIn). While active, the axis draws neither grid nor line; these items draw
// them where Qt Charts places them, at every category boundary given, with its pens, in the place
// of its own items among the chart's, so that every pixel is as before.
class AxisStandIn final {
public:
    AxisStandIn(QChart *chart, QCategoryAxis *axis);

    // Whether Qt Charts' items for the axis were found; if not, the stand-in never activates.
    bool isAvailable() const { return m_qtGrid && m_qtArrow; }
    // On: the axis's own grid and line are hidden and these items show (call place() then).
    void setActive(bool on);
    bool isActive() const { return m_active; }

    // The items for the axis's range and the chart's plot area as they now are, with category
    // boundaries at these values (the axis's start value, then each category's end).
    void place(const std::vector<double> &boundaries);

    // The lines each group shows, in the order painted (tests compare them with Qt Charts' own).
    struct DrawnLine {
        QLineF line;
        QPen pen;
        bool operator==(const DrawnLine &other) const = default;
    };
    struct Drawn {
        std::vector<DrawnLine> grid;
        std::vector<DrawnLine> axis;
    };
    Drawn drawn() const;
    Drawn drawnByAxis() const; // Qt Charts' items for the axis

private:
    static QGraphicsLineItem *lineAt(std::vector<QGraphicsLineItem *> &lines, std::size_t index,
                                     QGraphicsItemGroup *group, QGraphicsLineItem *before);

    QChart *m_chart;
    QCategoryAxis *m_axis;
    QGraphicsItem *m_qtGrid = nullptr;  // Qt Charts' groups, owned by the chart
    QGraphicsItem *m_qtArrow = nullptr;
    QGraphicsItemGroup *m_grid = nullptr; // ours, owned by the chart
    QGraphicsItemGroup *m_arrow = nullptr;
    QGraphicsLineItem *m_rightEdge = nullptr;
    QGraphicsLineItem *m_leftEdge = nullptr;
    QGraphicsLineItem *m_axisLine = nullptr;
    std::vector<QGraphicsLineItem *> m_gridLines;
    std::vector<QGraphicsLineItem *> m_ticks;
    bool m_active = false;
    bool m_axisShowedGrid = true; // what the axis drew of its own when the stand-in came
    bool m_axisShowedLine = true;
};

} // namespace lre::ui
