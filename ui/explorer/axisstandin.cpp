// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisstandin.h"

#include "axisgroups.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItemGroup>
#include <QGraphicsLineItem>
#include <QPen>

namespace lre::ui {

namespace {

// Qt Charts' gap between a bottom axis's line and its labels: the length of its ticks.
constexpr qreal kTickLength = 4.0;

void set_line(QGraphicsLineItem *item, const QLineF &line, const QPen &pen, bool shown)
{
    item->setPen(pen);
    item->setLine(line);
    item->setVisible(shown);
}

std::vector<AxisStandIn::DrawnLine> shown_lines(const QGraphicsItem *group)
{
    std::vector<AxisStandIn::DrawnLine> lines;
    if (!group)
        return lines;
    for (const QGraphicsItem *child : group->childItems()) {
        const auto *line = dynamic_cast<const QGraphicsLineItem *>(child);
        if (line && line->isVisibleTo(group))
            lines.push_back({line->line(), line->pen()});
    }
    return lines;
}

} // namespace

AxisStandIn::AxisStandIn(QChart *chart, QCategoryAxis *axis)
    : m_chart(chart)
    , m_axis(axis)
{
    m_qtGrid = group_toggled_by(chart, [axis](bool on) { axis->setGridLineVisible(on); }, axis->isGridLineVisible());
    m_qtArrow = group_toggled_by(chart, [axis](bool on) { axis->setLineVisible(on); }, axis->isLineVisible());
    if (!isAvailable())
        return;
    m_grid = group_in_place_of(m_qtGrid);
    m_arrow = group_in_place_of(m_qtArrow);
    // Qt Charts' order: the grid line of each boundary, then the plot's right and left edges;
    // the axis line, then the tick of each boundary.
    // Hidden until placed: Qt Charts makes an axis's items at its first layout with a plot.
    m_rightEdge = new QGraphicsLineItem(m_grid);
    m_leftEdge = new QGraphicsLineItem(m_grid);
    m_axisLine = new QGraphicsLineItem(m_arrow);
    for (QGraphicsLineItem *line : {m_rightEdge, m_leftEdge, m_axisLine})
        line->setVisible(false);
}

void AxisStandIn::setActive(bool on)
{
    if (on == m_active || (on && !isAvailable()))
        return;
    m_active = on;
    if (on) {
        m_axisShowedGrid = m_axis->isGridLineVisible();
        m_axisShowedLine = m_axis->isLineVisible();
    }
    m_axis->setGridLineVisible(!on && m_axisShowedGrid);
    m_axis->setLineVisible(!on && m_axisShowedLine);
    m_grid->setVisible(on && m_axisShowedGrid);
    m_arrow->setVisible(on && m_axisShowedLine);
}

QGraphicsLineItem *AxisStandIn::lineAt(std::vector<QGraphicsLineItem *> &lines, std::size_t index,
                                       QGraphicsItemGroup *group, QGraphicsLineItem *before)
{
    while (lines.size() <= index) {
        auto *line = new QGraphicsLineItem(group);
        if (before)
            line->stackBefore(before);
        lines.push_back(line);
    }
    return lines[index];
}

// As Qt Charts' ChartCategoryAxisX and HorizontalAxis place a bottom axis's items, number for
// number: a boundary's x is (value - min) * (plot width / range) + plot left; the axis's box
// starts at the plot's bottom made a whole number (a QRect), and its ticks reach down from there.
void AxisStandIn::place(const std::vector<double> &boundaries)
{
    if (!m_active)
        return;
    const QRectF grid = m_chart->plotArea();
    const qreal min = m_axis->min();
    const qreal range = m_axis->max() - min;
    // Qt Charts leaves its items as they were when there is nothing to lay out, or no plot to
    // lay it out in (an export of a few dozen pixels).
    if (boundaries.size() < 2 || !(range > 0) || grid.isEmpty())
        return;
    const qreal scale = grid.width() / range;
    const qreal axisTop = static_cast<int>(grid.bottom());
    const QPen gridPen = m_axis->gridLinePen();
    const QPen linePen = m_axis->linePen();
    for (std::size_t i = 0; i < boundaries.size(); ++i) {
        const qreal x = (boundaries[i] - min) * scale + grid.left();
        QGraphicsLineItem *gridLine = lineAt(m_gridLines, i, m_grid, m_rightEdge);
        gridLine->setPen(gridPen);
        gridLine->setLine(QLineF(x, grid.top(), x, grid.bottom()));
        // From the line the item holds, as Qt Charts decides: QGraphicsLineItem keeps its line
        // when the new one is equal but for rounding, and at the plot's edge that rounding shows
        // or hides the line.
        const qreal held = gridLine->line().p1().x();
        const bool shown = held >= grid.left() && held <= grid.right();
        gridLine->setVisible(shown);
        set_line(lineAt(m_ticks, i, m_arrow, nullptr), QLineF(x, axisTop, x, axisTop + kTickLength), linePen, shown);
    }
    for (std::size_t i = boundaries.size(); i < m_gridLines.size(); ++i) {
        m_gridLines[i]->setVisible(false);
        m_ticks[i]->setVisible(false);
    }
    set_line(m_rightEdge, QLineF(grid.right(), grid.top(), grid.right(), grid.bottom()), gridPen, true);
    set_line(m_leftEdge, QLineF(grid.left(), grid.top(), grid.left(), grid.bottom()), gridPen, true);
    set_line(m_axisLine, QLineF(grid.left(), axisTop, grid.right(), axisTop), linePen, true);
}

AxisStandIn::Drawn AxisStandIn::drawn() const
{
    return {shown_lines(m_grid), shown_lines(m_arrow)};
}

AxisStandIn::Drawn AxisStandIn::drawnByAxis() const
{
    return {shown_lines(m_qtGrid), shown_lines(m_qtArrow)};
}

} // namespace lre::ui
