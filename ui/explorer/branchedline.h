// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

class QChart;
class QGraphicsItem;
class QLineSeries;
class QPen;
class QString;

namespace lre::ui {

// A line through x = 0 drawn as two series, the segments left of 0 and those right of it, so
// that an alpha step, which moves only the left ones, marks only their box for repainting. Qt
// Charts draws a solid line segment by segment, in order, each with the pen's caps: the two
// series, drawn one after the other, paint the same pixels as one. A third series holds the
// whole line for the legend, lookups and hover; it is never painted.
class BranchedLine final {
public:
    BranchedLine() = default;
    // The whole line is named objectName; the branches objectName + "Left" and "Right".
    BranchedLine(QChart *chart, const QString &objectName, const QString &name);

    void setPoints(const QList<QPointF> &points);
    void setPen(const QPen &pen);
    // The chart items that paint the left branch and the right one (alpha never moves it), if Qt
    // made them.
    QGraphicsItem *leftItem() const { return m_leftItem; }
    const QLineSeries *leftSeries() const { return m_left; }
    QGraphicsItem *rightItem() const { return m_rightItem; }
    QLineSeries *rightSeries() const { return m_right; }

private:
    QLineSeries *m_whole = nullptr;
    QLineSeries *m_left = nullptr;
    QLineSeries *m_right = nullptr;
    QGraphicsItem *m_leftItem = nullptr;
    QGraphicsItem *m_rightItem = nullptr;
};

} // namespace lre::ui
