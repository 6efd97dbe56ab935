// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchedline.h"

#include "chartstyle.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

#include <algorithm>

namespace lre::ui {

namespace {

QLineSeries *add_branch(QChart *chart, const QString &objectName, const QString &name)
{
    QLineSeries *branch = add_line(chart, objectName, name);
    for (QLegendMarker *marker : chart->legend()->markers(branch))
        marker->setVisible(false);
    return branch;
}

} // namespace

BranchedLine::BranchedLine(QChart *chart, const QString &objectName, const QString &name)
    : m_whole(add_line(chart, objectName, name))
{
    QList<QGraphicsItem *> before = chart->childItems();
    m_left = add_branch(chart, objectName + QStringLiteral("Left"), name);
    m_leftItem = new_child(chart, before);
    before = chart->childItems();
    m_right = add_branch(chart, objectName + QStringLiteral("Right"), name);
    m_rightItem = new_child(chart, before);
    m_whole->setOpacity(0.0);
}

void BranchedLine::setPoints(const QList<QPointF> &points)
{
    replace_if_changed(m_whole, points);
    // The last point at or left of 0 ends the left branch and starts the right one.
    qsizetype split = -1;
    while (split + 1 < points.size() && points[split + 1].x() <= 0.0)
        ++split;
    const qsizetype rightFrom = std::max<qsizetype>(split, 0);
    replace_if_changed(m_left, split >= 1 ? points.first(split + 1) : QList<QPointF>());
    replace_if_changed(m_right, points.size() - rightFrom >= 2 ? points.sliced(rightFrom) : QList<QPointF>());
}

void BranchedLine::setPen(const QPen &pen)
{
    for (QLineSeries *series : {m_whole, m_left, m_right})
        series->setPen(pen);
}

} // namespace lre::ui
