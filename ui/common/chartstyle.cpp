// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"
#include "numbertext.h"

#include "axis.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>

namespace lre::ui {

QPen leaky_relu_pen(const ThemeColors &colors, qreal width)
{
    return QPen(colors.leakyRelu, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QPen relu_pen(const ThemeColors &colors, qreal width)
{
    QPen pen(colors.relu, width, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
    pen.setDashPattern({3.0, 2.5});
    return pen;
}

QPen prelu_pen(const ThemeColors &colors, qreal width)
{
    const bool dark = colors.plotBackground.lightness() < 128;
    QPen pen(dark ? QColor(0x3d, 0xc9, 0x9a) : QColor(0x00, 0x8a, 0x64), width, Qt::CustomDashLine, Qt::FlatCap,
             Qt::MiterJoin);
    pen.setDashPattern({7.0, 2.0, 1.5, 2.0});
    return pen;
}

QPen pin_pen(const ThemeColors &colors, std::size_t index, qreal width)
{
    // Okabe and Ito's colour-blind-safe palette, leaving out what the main curves use in each
    // theme (blue and orange; vermillion is ReLU's orange in the light theme, sky blue Leaky
    // ReLU's blue in the dark one) and what vanishes on the background (black on dark, yellow
    // on light), then a neutral grey: six hues that stay apart for every common colour vision.
    const bool dark = colors.plotBackground.lightness() < 128;
    const QColor light[] = {QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x00, 0x00),
                            QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x80, 0x80, 0x80)};
    const QColor night[] = {QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7), QColor(0xf0, 0xe4, 0x42),
                            QColor(0xd5, 0x5e, 0x00), QColor(0xf2, 0xf2, 0xf2), QColor(0x9a, 0x9a, 0x9a)};
    const QColor *palette = dark ? night : light;
    // In pen widths; none is ReLU's 3, 2.5.
    const QList<qreal> dashes[] = {{6.0, 2.5}, {1.0, 2.0}, {7.0, 2.0, 1.0, 2.0}, {12.0, 3.0},
                                   {5.0, 2.0, 1.0, 2.0, 1.0, 2.0}, {2.0, 1.2}};
    const std::size_t i = index % std::size(light);
    QPen pen(palette[i], width, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
    pen.setDashPattern(dashes[i]);
    return pen;
}

QChart *make_chart(const QString &objectName, const QMargins &margins)
{
    auto *chart = new QChart;
    chart->setObjectName(objectName);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Tick labels in the user's locale, like every other number in the window.
    chart->setLocalizeNumbers(true);
    chart->setLocale(shown_locale());
    chart->setBackgroundRoundness(0);
    chart->setMargins(margins);
    return chart;
}

QChartView *make_chart_view(QChart *chart, const QString &objectName, const QString &accessibleName,
                            const QString &toolTip)
{
    auto *view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setToolTip(toolTip);
    view->setRenderHint(QPainter::Antialiasing, true);
    return view;
}

QValueAxis *make_value_axis(const QString &objectName, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setObjectName(objectName);
    axis->setTitleText(title);
    axis->setMinorTickCount(0);
    return axis;
}

QLogValueAxis *make_log_axis(const QString &objectName, const QString &title)
{
    auto *axis = new QLogValueAxis;
    axis->setObjectName(objectName);
    axis->setTitleText(title);
    axis->setBase(10.0);
    axis->setLabelFormat(QStringLiteral("%.3g"));
    axis->setMinorTickCount(-1);
    return axis;
}

void add_series(QChart *chart, QAbstractSeries *series)
{
    chart->addSeries(series);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        series->attachAxis(axis);
}

QGraphicsItem *new_child(const QChart *chart, const QList<QGraphicsItem *> &before)
{
    for (QGraphicsItem *child : chart->childItems())
        if (!before.contains(child))
            return child;
    return nullptr;
}

QLineSeries *add_line(QChart *chart, const QString &objectName, const QString &name)
{
    auto *series = new QLineSeries(chart);
    series->setObjectName(objectName);
    series->setName(name);
    add_series(chart, series);
    return series;
}

void replace_if_changed(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points)
        series->replace(points);
}

void apply_chart_theme(QChart *chart, const ThemeColors &c)
{
    chart->setBackgroundBrush(c.chartBackground);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundBrush(c.plotBackground);
    chart->setPlotAreaBackgroundPen(QPen(c.axisLine, 1.0));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(c.text);
    chart->legend()->setLabelColor(c.text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(c.text);
        axis->setTitleBrush(c.mutedText);
        // Cosmetic (width 0) pens: one device pixel at any scale, and Qt need not outline
        // every grid line again on every frame.
        axis->setLinePen(QPen(c.axisLine, 0));
        axis->setGridLinePen(QPen(c.grid, 0));
        axis->setMinorGridLinePen(QPen(c.grid, 0));
        axis->setShadesVisible(false);
    }
}

QAbstractSeries *find_series(std::initializer_list<const QChart *> charts, const QString &objectName)
{
    for (const QChart *chart : charts) {
        const auto series = chart->series();
        for (QAbstractSeries *one : series)
            if (one->objectName() == objectName)
                return one;
    }
    return nullptr;
}

void set_count_range(QValueAxis *axis, int last, int targetTicks)
{
    const double end = std::max(last, 1);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(std::max(1.0, nice_step(end, targetTicks)));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0.0, end);
}

} // namespace lre::ui
