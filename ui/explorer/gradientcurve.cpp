// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradientcurve.h"

#include "chartstyle.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

namespace lre::ui {

namespace {

constexpr qreal kMarkerSize = 9.0;

QScatterSeries *add_marker(QChart *chart, const QString &objectName)
{
    auto *series = new QScatterSeries(chart);
    series->setObjectName(objectName);
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(kMarkerSize);
    add_series(chart, series);
    return series;
}

QList<QPointF> to_points(const std::optional<Point> &point)
{
    if (!point)
        return {};
    return {QPointF(point->x, point->y)};
}

} // namespace

QList<QPointF> to_points(const Polyline &line)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(line.size()));
    for (const Point &p : line)
        points.append(QPointF(p.x, p.y));
    return points;
}

GradientCurve::GradientCurve(QChart *chart, const QString &objectName, const QString &label)
    : m_pieces{add_line(chart, objectName, label), add_line(chart, objectName + QStringLiteral("Right"), label)},
      m_atZero(add_marker(chart, objectName + QStringLiteral("AtZero"))),
      m_otherLimit(add_marker(chart, objectName + QStringLiteral("OtherLimit")))
{
}

void GradientCurve::setStep(const GradientStep &step)
{
    // Series 0 always holds the piece left of 0 and series 1 the right one, whichever exist.
    QList<QPointF> left;
    QList<QPointF> right;
    for (const Polyline &piece : step.pieces)
        (piece.front().x < 0.0 ? left : right) = to_points(piece);
    replace_if_changed(m_pieces[0], left);
    replace_if_changed(m_pieces[1], right);
    replace_if_changed(m_atZero, to_points(step.atZero));
    replace_if_changed(m_otherLimit, to_points(step.otherLimit));
}

void GradientCurve::setStyle(const QPen &linePen, const QColor &background, qreal scale)
{
    QPen pen = linePen;
    pen.setCapStyle(Qt::FlatCap);
    for (QLineSeries *piece : m_pieces)
        piece->setPen(pen);
    const QPen outline(linePen.color(), chart_style::kMarkerOutlineWidth * scale);
    for (QScatterSeries *marker : {m_atZero, m_otherLimit}) {
        marker->setMarkerSize(kMarkerSize * scale);
        marker->setPen(outline);
    }
    m_atZero->setBrush(linePen.color());
    m_otherLimit->setBrush(background);
}

} // namespace lre::ui
