// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

class QAreaSeries;
class QChart;
class QLineSeries;
class QPen;
class QString;

namespace lre::ui {

// A median over seeds drawn as a line with points, over a band of the middle half (first to
// third quartile), on every axis of one chart. Default-made, it is absent and does nothing.
class MedianBand final {
public:
    MedianBand() = default;
    // The band is named objectName + "Band"; both carry name in the legend.
    MedianBand(QChart *chart, const QString &name, const QString &objectName);

    bool exists() const { return m_median != nullptr; }
    QLineSeries *median() const { return m_median; }

    // Points at the same x, one a grid value that has a median.
    struct Points {
        QList<QPointF> median;
        QList<QPointF> q1;
        QList<QPointF> q3;
        void append(double x, double median, double q1, double q3);
    };
    void show(const Points &points);
    // The line in pen, the band in its colour at fillAlpha with no outline.
    void style(const QPen &pen, float fillAlpha);

private:
    QLineSeries *m_median = nullptr;
    QLineSeries *m_upper = nullptr;
    QLineSeries *m_lower = nullptr;
    QAreaSeries *m_area = nullptr;
};

} // namespace lre::ui
