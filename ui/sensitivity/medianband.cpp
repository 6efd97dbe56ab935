// SPDX-License-Identifier: GPL-3.0-or-later
#include "medianband.h"

#include "chartstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

namespace lre::ui {

MedianBand::MedianBand(QChart *chart, const QString &name, const QString &objectName)
    : m_median(new QLineSeries(chart)),
      m_upper(new QLineSeries(chart)),
      m_lower(new QLineSeries(chart)),
      m_area(new QAreaSeries(m_upper, m_lower))
{
    m_area->setObjectName(objectName + QStringLiteral("Band"));
    m_area->setName(name);
    add_series(chart, m_area);
    // The band shares the legend entry of its line.
    for (QLegendMarker *marker : chart->legend()->markers(m_area))
        marker->setVisible(false);
    m_median->setObjectName(objectName);
    m_median->setName(name);
    m_median->setPointsVisible(true);
    add_series(chart, m_median);
}

void MedianBand::Points::append(double x, double middle, double first, double third)
{
    median.append(QPointF(x, middle));
    q1.append(QPointF(x, first));
    q3.append(QPointF(x, third));
}

void MedianBand::show(const Points &points)
{
    if (!exists())
        return;
    replace_if_changed(m_median, points.median);
    replace_if_changed(m_upper, points.q3);
    replace_if_changed(m_lower, points.q1);
}

void MedianBand::style(const QPen &pen, float fillAlpha)
{
    if (!exists())
        return;
    QColor fillColor = pen.color();
    fillColor.setAlphaF(fillAlpha);
    m_median->setPen(pen);
    m_area->setBrush(fillColor);
    m_area->setPen(Qt::NoPen);
    m_area->setColor(fillColor);
    m_area->setBorderColor(Qt::transparent);
}

} // namespace lre::ui
