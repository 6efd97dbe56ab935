// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QList>
#include <QPointF>
#include <QMargins>
#include <QPen>
#include <QString>

#include <cstddef>
#include <initializer_list>

class QAbstractSeries;
class QChart;
class QGraphicsItem;
class QChartView;
class QLineSeries;
class QXYSeries;
class QLogValueAxis;
class QValueAxis;

namespace lre::ui {

// One look for every chart of every page: the same backgrounds, axes, pens and dashes, so that
// ReLU and Leaky ReLU read alike wherever they appear.
namespace chart_style {
inline constexpr qreal kLeakyReluWidth = 2.6;
inline constexpr qreal kReluWidth = 2.0;
inline constexpr qreal kGradientWidth = 2.2;
inline constexpr qreal kMarkerOutlineWidth = 1.8;
inline constexpr qreal kPinWidth = 2.0;
inline constexpr qreal kPinGradientWidth = 1.8;
// Presentation mode and --presentation: fonts, lines and markers this much larger.
inline constexpr qreal kPresentationScale = 1.75;
} // namespace chart_style

// Dashed ReLU drawn over solid Leaky ReLU keeps both visible where they coincide (x > 0).
QPen leaky_relu_pen(const ThemeColors &colors, qreal width = chart_style::kLeakyReluWidth);
QPen relu_pen(const ThemeColors &colors, qreal width = chart_style::kReluWidth);
// The learned-alpha (PReLU) network's: Okabe-Ito's bluish green, dash-dot, apart from both.
QPen prelu_pen(const ThemeColors &colors, qreal width = chart_style::kReluWidth);
// Pin index's pen (0 to kMaxPins - 1): an Okabe-Ito colour and a dash of its own, so each pin
// differs from the others and from the main curves by dash as well as by hue.
QPen pin_pen(const ThemeColors &colors, std::size_t index, qreal width = chart_style::kPinWidth);

QChart *make_chart(const QString &objectName, const QMargins &margins);
QChartView *make_chart_view(QChart *chart, const QString &objectName, const QString &accessibleName,
                            const QString &toolTip);
QValueAxis *make_value_axis(const QString &objectName, const QString &title);
// Base 10, a label at each power of ten written as the locale writes numbers (charts localize
// their numbers, and Qt 6.4 then needs a precision in the format: "%g" gives no label at all).
QLogValueAxis *make_log_axis(const QString &objectName, const QString &title);
// Adds series to chart on every axis the chart has.
void add_series(QChart *chart, QAbstractSeries *series);
QLineSeries *add_line(QChart *chart, const QString &objectName, const QString &name);
// The item Qt Charts made for a series just added (it makes one as the series is added): the
// chart's one child not among those it had before.
QGraphicsItem *new_child(const QChart *chart, const QList<QGraphicsItem *> &before);
// Replaces a series' points only when they differ: a replace lays the series out and repaints its
// chart even with the same points.
void replace_if_changed(QXYSeries *series, const QList<QPointF> &points);

// Backgrounds, plot area frame, legend and every axis of the chart in the theme's colours.
void apply_chart_theme(QChart *chart, const ThemeColors &colors);

// A series of any of the charts by objectName (tests and the monkey test look them up this way).
QAbstractSeries *find_series(std::initializer_list<const QChart *> charts, const QString &objectName);

// 0 to last with ticks at round numbers (1, 2 or 5 times a power of ten, from core/axis).
void set_count_range(QValueAxis *axis, int last, int targetTicks = 4);

} // namespace lre::ui
