// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "axis.h"
#include "axislabels.h"

#include <QRectF>

#include <memory>
#include <vector>

class QCategoryAxis;
class QChart;
class QGraphicsItem;
class QGraphicsItemGroup;

namespace lre::ui {

// Stands in for the labels of a bottom category axis's ticks away from the plot's edges (the
// gradient chart's x axis, which labels x for both charts): Qt Charts lays every category label
// out again as rich text on each range change. The axis is given only the categories of the
// ticks near the edges, where Qt Charts decides from its axis box whether a label shows, and
// the last (its height sets the axis's). These items draw the other ticks' labels as Qt Charts
// does, in the place of its own among the chart's items, each made again only when its text
// changes. The axis's grid lines and ticks are an AxisStandIn's, from boundaries(). Where that
// cannot be exact (labels Qt Charts would cut short, a label moved near an edge by the layout),
// the axis gets every category and draws every label itself.
class CategoryLabelStandIn final {
public:
    CategoryLabelStandIn(QChart *chart, QCategoryAxis *axis);
    ~CategoryLabelStandIn();

    bool isAvailable() const { return m_qtLabels != nullptr; }
    void setEnabled(bool on); // off: the axis gets every category (tests compare frames)
    bool isEnabled() const { return m_enabled; }

    // Gives the axis the scale's ticks as categories: all, or those near the edges.
    void apply(const AxisScale &scale);
    bool isStandingIn() const { return m_standingIn; }
    // Every tick's category boundary: the axis's start value, then each tick.
    std::vector<double> boundaries() const;

    // The items for the axis's layout as it now is. False if the layout showed the labels cannot
    // be stood in for after all: the axis was given every category and must be laid out again.
    bool place();

    // The labels shown by these items and the axis's, left to right (tests compare them with
    // what the axis shows with every category).
    std::vector<AxisLabels::Shown> drawn() const;

private:
    struct Label {
        Tick tick;
        QString text;
        qreal width = 0;
        qreal height = 0;
        bool byAxis = true; // Qt Charts draws it
    };
    void giveAxis(bool all);
    bool exactFor(const QRectF &plot) const;
    bool drawsOnlyWhatIsStoodIn() const;
    qreal xOf(double value, const QRectF &plot) const;
    void hideAll();

    QChart *m_chart;
    QCategoryAxis *m_axis;
    QGraphicsItem *m_qtLabels = nullptr; // Qt Charts' group, owned by the chart
    QGraphicsItemGroup *m_labels = nullptr; // ours, owned by the chart
    std::unique_ptr<AxisLabels> m_labelItems;
    AxisScale m_scale;
    std::vector<Label> m_ticks;
    PlacedFor m_placed;
    quint64 m_ticksGiven = 0;
    bool m_enabled = true;
    bool m_standingIn = false;
};

} // namespace lre::ui
