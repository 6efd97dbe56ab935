// SPDX-License-Identifier: GPL-3.0-or-later
#include "activationchart.h"
#include "valueaxisstandin.h"

#include "axis.h"
#include "curves.h"

#include "chartstyle.h"
#include "chartview.h"

#include <QChart>
#include <QGraphicsScene>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QCategoryAxis>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace {

using lre::PlotParams;
using lre::ui::ActivationChart;
using lre::ui::Theme;

QList<QPointF> points_of(const lre::Polyline &line)
{
    QList<QPointF> points;
    for (const auto &p : line)
        points.append(QPointF(p.x, p.y));
    return points;
}

template <typename T = QLineSeries>
T *find(const ActivationChart &chart, const char *name)
{
    auto *series = qobject_cast<T *>(chart.findSeries(QLatin1String(name)));
    EXPECT_NE(series, nullptr) << name;
    return series;
}

TEST(ActivationChart, SeriesEqualTheCoreCurves)
{
    ActivationChart chart;
    for (double alpha : {0.0, 0.1, 1.0, 2.5, -3.0}) {
        const PlotParams p{.alpha = alpha, .xMin = -3.0, .xMax = 7.0};
        chart.setParams(p);
        const auto curves = lre::exact_curves(p);
        EXPECT_EQ(find(chart, "leakyReluSeries")->points(), points_of(curves.leakyRelu));
        EXPECT_EQ(find(chart, "reluSeries")->points(), points_of(curves.relu));
        EXPECT_EQ(find(chart, "leakyReluGradSeries")->points(),
                  points_of(curves.leakyReluGrad.pieces[0]));
        EXPECT_EQ(find(chart, "leakyReluGradSeriesRight")->points(),
                  points_of(curves.leakyReluGrad.pieces[1]));
        const auto *marker = find<QScatterSeries>(chart, "leakyReluGradSeriesAtZero");
        ASSERT_EQ(marker->count(), 1);
        EXPECT_EQ(marker->at(0), QPointF(0.0, curves.leakyReluGrad.atZero->y));
    }
}

TEST(ActivationChart, RightPieceStaysInItsSeriesWhenRangeIsPositive)
{
    ActivationChart chart;
    chart.setParams({.alpha = 0.2, .xMin = 1.0, .xMax = 4.0});
    EXPECT_TRUE(find(chart, "leakyReluGradSeries")->points().isEmpty());
    EXPECT_EQ(find(chart, "leakyReluGradSeriesRight")->points(),
              (QList<QPointF>{{1.0, 1.0}, {4.0, 1.0}}));
    EXPECT_EQ(find<QScatterSeries>(chart, "leakyReluGradSeriesAtZero")->count(), 0);
}

TEST(ActivationChart, AxesCoverTheCurvesWithNiceTicks)
{
    ActivationChart chart;
    for (const PlotParams p : {PlotParams{}, PlotParams{.alpha = 5, .xMin = -200, .xMax = 3},
                               PlotParams{.alpha = -1, .xMin = 0.5, .xMax = 0.5001}}) {
        chart.setParams(p);
        EXPECT_EQ(chart.axisX()->min(), p.xMin);
        EXPECT_EQ(chart.axisX()->max(), p.xMax);
        const auto extent = lre::function_extent(lre::exact_curves(p));
        EXPECT_LT(chart.axisFunction()->min(), extent.min);
        EXPECT_GT(chart.axisFunction()->max(), extent.max);
        EXPECT_EQ(chart.axisFunction()->tickType(), QValueAxis::TicksDynamic);
        const auto expected = lre::padded_axis(extent.min, extent.max, 2); // no size yet: fewest ticks
        // The axis itself may hold only its end ticks (the first as the anchor, the span to the
        // last as the step), the ones between drawn by its stand-in.
        EXPECT_DOUBLE_EQ(chart.yAxisStandIn()->scale().step, expected.step);
        if (chart.yAxisStandIn()->isStandingIn()) {
            EXPECT_GE(chart.axisFunction()->tickAnchor(), chart.axisFunction()->min());
            EXPECT_LT(chart.axisFunction()->tickAnchor(), chart.axisFunction()->min() + expected.step);
            EXPECT_GT(chart.axisFunction()->tickAnchor() + chart.axisFunction()->tickInterval(),
                      chart.axisFunction()->max() - expected.step);
            EXPECT_LE(chart.axisFunction()->tickAnchor() + chart.axisFunction()->tickInterval(), chart.axisFunction()->max());
        }
        const auto gradients = lre::gradient_extent(lre::exact_curves(p));
        EXPECT_LT(chart.axisGradient()->min(), gradients.min);
        EXPECT_GT(chart.axisGradient()->max(), gradients.max);
    }
}

TEST(ActivationChart, TitleCarriesAlpha)
{
    ActivationChart chart;
    chart.setParams({.alpha = 0.1});
    EXPECT_EQ(chart.title(), QStringLiteral("Leaky ReLU (α = 0.10) vs ReLU"));
    EXPECT_EQ(ActivationChart::titleFor(0.0125), QStringLiteral("Leaky ReLU (α = 0.0125) vs ReLU"));
    EXPECT_EQ(ActivationChart::titleFor(-2), QStringLiteral("Leaky ReLU (α = -2.00) vs ReLU"));
}

TEST(ActivationChart, GradientChartHidesAndShowsUnderOneLegend)
{
    // Legend markers report their visibility once the chart is laid out in a view.
    auto *owned = new ActivationChart;
    lre::ui::ChartView view(owned);
    view.resize(800, 600);
    view.show();
    ActivationChart &chart = *owned;
    auto visible_markers = [&] {
        QCoreApplication::processEvents();
        int n = 0;
        for (QChart *c : {chart.functionChart(), chart.gradientChart()})
            for (auto *marker : c->legend()->markers())
                n += marker->isVisible() && c->isVisible();
        return n;
    };
    EXPECT_EQ(visible_markers(), 2);
    EXPECT_FALSE(chart.axisX()->labelsVisible());
    chart.setParams({.showGradients = false});
    EXPECT_TRUE(chart.axisX()->labelsVisible());
    EXPECT_FALSE(chart.gradientChart()->isVisible());
    EXPECT_EQ(visible_markers(), 2);
    chart.setParams({.showGradients = true});
    EXPECT_TRUE(chart.gradientChart()->isVisible());
    EXPECT_EQ(visible_markers(), 2);
}

TEST(ActivationChart, ThemeKeepsCustomPens)
{
    ActivationChart chart;
    chart.applyTheme(Theme::Dark);
    const auto dark = lre::ui::theme_colors(Theme::Dark);
    EXPECT_EQ(find(chart, "leakyReluSeries")->pen().color(), dark.leakyRelu);
    EXPECT_EQ(find(chart, "reluSeries")->pen().style(), Qt::CustomDashLine);
    EXPECT_EQ(chart.backgroundColor(), dark.chartBackground);
    EXPECT_EQ(chart.functionChart()->backgroundBrush().color(), dark.chartBackground);
    chart.applyTheme(Theme::Light);
    EXPECT_EQ(find(chart, "leakyReluSeries")->pen().color(),
              lre::ui::theme_colors(Theme::Light).leakyRelu);
    EXPECT_NE(lre::ui::theme_colors(Theme::Light).leakyRelu,
              lre::ui::theme_colors(Theme::Light).relu);
}

} // namespace

namespace {

// Export lays the chart out without an event loop: the two plot areas must still line up.
TEST(ActivationChart, PlotAreasAlignWithoutAnEventLoop)
{
    for (const PlotParams p : {PlotParams{.alpha = -10, .xMin = -1e6, .xMax = 1e6}, PlotParams{},
                               PlotParams{.alpha = 0.001, .xMin = -1e-6, .xMax = 0}}) {
        QGraphicsScene scene;
        auto *chart = new ActivationChart;
        scene.addItem(chart);
        chart->setParams(p);
        chart->setGeometry(QRectF(0, 0, 900, 500));
        chart->layoutNow();
        const QRectF top = chart->plotAreaOf(chart->functionChart());
        const QRectF bottom = chart->plotAreaOf(chart->gradientChart());
        EXPECT_NEAR(top.left(), bottom.left(), 1.0) << p.alpha;
        EXPECT_NEAR(top.right(), bottom.right(), 1.0) << p.alpha;
        EXPECT_GT(top.height(), bottom.height());
    }
}

} // namespace

namespace {

TEST(ActivationChart, PresentationScalesTextLinesAndMarkersAndComesBack)
{
    QGraphicsScene scene;
    auto *chart = new ActivationChart;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 1280, 720));
    chart->setPins({0.01, 0.3});
    const qreal labels = chart->axisX()->labelsFont().pointSizeF();
    const qreal width = find(*chart, "leakyReluSeries")->pen().widthF();
    const qreal marker = find<QScatterSeries>(*chart, "leakyReluGradSeriesAtZero")->markerSize();
    EXPECT_EQ(chart->functionChart()->legend()->alignment(), Qt::AlignTop);
    chart->setPresentation(true);
    EXPECT_TRUE(chart->isPresentation());
    EXPECT_DOUBLE_EQ(chart->axisX()->labelsFont().pointSizeF(), labels * lre::ui::chart_style::kPresentationScale);
    EXPECT_DOUBLE_EQ(find(*chart, "leakyReluSeries")->pen().widthF(), width * lre::ui::chart_style::kPresentationScale);
    EXPECT_DOUBLE_EQ(find<QScatterSeries>(*chart, "leakyReluGradSeriesAtZero")->markerSize(),
                     marker * lre::ui::chart_style::kPresentationScale);
    EXPECT_EQ(chart->functionChart()->legend()->alignment(), Qt::AlignRight); // a column beside the plot
    chart->setPresentation(false);
    EXPECT_EQ(chart->axisX()->labelsFont().pointSizeF(), labels);
    EXPECT_EQ(find(*chart, "leakyReluSeries")->pen().widthF(), width);
    EXPECT_EQ(find<QScatterSeries>(*chart, "leakyReluGradSeriesAtZero")->markerSize(), marker);
    EXPECT_EQ(chart->functionChart()->legend()->alignment(), Qt::AlignTop);
}

} // namespace
