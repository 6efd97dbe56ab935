// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "axis.h"
#include "axislabels.h"

#include <QLineF>
#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QChart;
class QGraphicsItem;
class QGraphicsItemGroup;
class QGraphicsLineItem;
class QValueAxis;

namespace lre::ui {

// Stands in for the ticks between the ends of a chart's left value axis (the function chart's
// y axis, which moves with every zoom): Qt Charts lays each tick label out again as rich text on
// every range change, twice when the axis's width changes, which took a sixth of a zoom's frame.
// The axis is given only its first and last ticks: it places and hides those at the plot's
// edges itself, and its size, which depends on its widest label, stays what it was as long as
// that label is one of them. These items draw the grid lines, ticks and labels in between, as
// Qt Charts does, in the place of its own among the chart's items; a label is made again only
// when its text changes. Where that cannot be exact (a label in between is the widest, labels
// so close that Qt Charts would hide some), the axis gets every tick and draws them itself.
class ValueAxisStandIn final {
public:
    ValueAxisStandIn(QChart *chart, QValueAxis *axis);
    ~ValueAxisStandIn();

    // Whether Qt Charts' items for the axis were found; if not, the axis always draws itself.
    bool isAvailable() const { return m_qtGrid && m_qtArrow && m_qtLabels; }
    void setEnabled(bool on); // off: the axis gets every tick (tests compare frames with it)
    bool isEnabled() const { return m_enabled; }

    // Gives the axis this scale, or its ends only while these items draw the ticks between.
    void apply(const AxisScale &scale);
    const AxisScale &scale() const { return m_scale; }
    bool isStandingIn() const { return m_standingIn; }

    // The items for the axis's layout as it now is. False if the layout showed the ticks cannot
    // be stood in for after all: the axis was given every tick and must be laid out again.
    bool place();

    // The lines and labels shown by these items and the axis's, in place order (tests compare
    // them with what the axis shows with every tick).
    struct Drawn {
        std::vector<QLineF> grid;
        std::vector<QLineF> ticks; // and the axis line
        std::vector<AxisLabels::Shown> labels;
    };
    Drawn drawn() const;

private:
    struct Tick {
        double value = 0.0;
        QString text;
    };
    std::vector<Tick> ticksOf(const AxisScale &scale) const;
    bool formatLabel(double value, const QString &format, QString &text) const;
    QRectF textBounds(const QString &text);
    bool endsAreWidest(const std::vector<Tick> &ticks);
    bool drawsOnlyWhatIsStoodIn() const;
    bool fitsBetween(const QRectF &plot);
    void hideAll();

    QChart *m_chart;
    QValueAxis *m_axis;
    QGraphicsItem *m_qtGrid = nullptr; // Qt Charts' groups, owned by the chart
    QGraphicsItem *m_qtArrow = nullptr;
    QGraphicsItem *m_qtLabels = nullptr;
    QGraphicsItemGroup *m_grid = nullptr; // ours, owned by the chart
    QGraphicsItemGroup *m_arrow = nullptr;
    QGraphicsItemGroup *m_labels = nullptr;
    std::vector<QGraphicsLineItem *> m_gridLines;
    std::vector<QGraphicsLineItem *> m_tickLines;
    std::unique_ptr<AxisLabels> m_labelItems;
    PlacedFor m_placed;
    quint64 m_ticksGiven = 0;
    bool m_given = false; // what the last scale given was made with
    bool m_givenEnabled = true;
    QLocale m_givenLocale;
    bool m_givenLocalized = false;
    QRectF m_givenPlot;
    QFont m_givenFont;
    AxisScale m_scale;
    std::vector<Tick> m_ticks;
    bool m_enabled = true;
    bool m_standingIn = false;
};

} // namespace lre::ui
