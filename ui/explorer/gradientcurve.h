// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curves.h"

#include <QList>
#include <QPointF>

#include <array>

class QChart;
class QColor;
class QLineSeries;
class QPen;
class QScatterSeries;
class QString;

namespace lre::ui {

QList<QPointF> to_points(const Polyline &line);

// One activation's gradient on a chart: the pieces left and right of 0 (a jump is never joined
// by a vertical line), the value at x = 0 the convention takes (a filled marker) and the other
// one-sided limit (a hollow one).
class GradientCurve final {
public:
    GradientCurve() = default;
    // Series named objectName, objectName + "Right", "AtZero" and "OtherLimit", on every axis of chart.
    GradientCurve(QChart *chart, const QString &objectName, const QString &label);

    void setStep(const GradientStep &step);
    // The pieces in linePen with flat caps; markers in its colour, scale times their normal size.
    void setStyle(const QPen &linePen, const QColor &background, qreal scale);

private:
    std::array<QLineSeries *, 2> m_pieces{};
    QScatterSeries *m_atZero = nullptr;
    QScatterSeries *m_otherLimit = nullptr;
};

} // namespace lre::ui
