// SPDX-License-Identifier: GPL-3.0-or-later
// The function chart's x axis, while the gradient chart labels x, has its grid lines, ticks and
// line drawn by an AxisStandIn, so that Qt Charts need not lay its hidden labels out on every
// range change. It must draw exactly what the axis draws itself: the same lines, number for
// number, with the same pens, in the same order, and every frame the same, pixel for pixel.
#include "activationchart.h"
#include "axisstandin.h"
#include "valueaxisstandin.h"
#include "categorylabelstandin.h"

#include "chartframe.h"
#include "../imagedifference.h"

#include <QCategoryAxis>
#include <QChart>
#include <QValueAxis>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace {

using lre::PlotParams;
using lre::ui::ActivationChart;
using lre::ui::AxisStandIn;
using lre::ui::Theme;
using lre::ui::AxisLabels;
using lre::ui::CategoryLabelStandIn;
using lre::ui::ValueAxisStandIn;

struct Stage {
    // standIn off: the axis draws itself from the start, as before the stand-in existed.
    explicit Stage(QSize size = QSize(900, 600), bool standIn = true)
        : chart(new ActivationChart)
    {
        scene.setItemIndexMethod(QGraphicsScene::NoIndex); // as the window's and the export's
        scene.addItem(chart);
        chart->setAxisStandIn(standIn);
        chart->setLabelStandIns(standIn);
        resize(size);
    }

    void resize(QSize size)
    {
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layoutNow();
    }

    QImage frame(int devicePixelRatio)
    {
        return chart_frame(scene, *chart, devicePixelRatio);
    }

    QGraphicsScene scene;
    ActivationChart *chart;
};

struct Case {
    std::string name;
    double xMin;
    double xMax;
    QSize size{900, 600};
    Theme theme = Theme::Light;
    bool presentation = false;
};

// Ranges whose ticks fall inside, on both edges of the plot, on one edge, far from 0, tiny and
// huge, in windows small and large.
std::vector<Case> cases()
{
    return {
        {"default", -5.0, 5.0},
        {"ticks on both edges", -2.0, 2.0},
        {"tick on the left edge only", -3.0, 4.3},
        {"entirely above 0", 0.5, 40.0},
        {"entirely below 0", -90.0, -0.25},
        {"narrow", 0.001, 0.0017},
        {"wide", -1.0e6, 3.0e6},
        {"small window", -5.0, 5.0, QSize(420, 320)},
        {"large window, dark", -1.3, 3.7, QSize(1600, 1000), Theme::Dark},
        {"presentation", -5.0, 5.0, QSize(1280, 800), Theme::Light, true},
    };
}

void apply(Stage &stage, const Case &c)
{
    stage.chart->setPresentation(c.presentation);
    stage.chart->applyTheme(c.theme);
    PlotParams params = stage.chart->params();
    params.xMin = c.xMin;
    params.xMax = c.xMax;
    stage.chart->setParams(params);
    stage.resize(c.size);
}

TEST(AxisStandIn, StandsInWhileTheGradientChartLabelsX)
{
    Stage stage;
    const AxisStandIn *standIn = stage.chart->xAxisStandIn();
    ASSERT_TRUE(standIn->isAvailable());
    EXPECT_TRUE(standIn->isActive());
    EXPECT_TRUE(stage.chart->axisX()->categoriesLabels().isEmpty());
    EXPECT_FALSE(stage.chart->axisX()->isGridLineVisible());
    EXPECT_FALSE(stage.chart->axisX()->isLineVisible());

    // With the gradients hidden the function chart labels x itself.
    PlotParams params = stage.chart->params();
    params.showGradients = false;
    stage.chart->setParams(params);
    EXPECT_FALSE(standIn->isActive());
    EXPECT_FALSE(stage.chart->axisX()->categoriesLabels().isEmpty());
    EXPECT_TRUE(stage.chart->axisX()->isGridLineVisible());
    EXPECT_TRUE(stage.chart->axisX()->isLineVisible());
    EXPECT_TRUE(stage.chart->axisX()->labelsVisible());

    params.showGradients = true;
    stage.chart->setParams(params);
    EXPECT_TRUE(standIn->isActive());
    EXPECT_TRUE(stage.chart->axisX()->categoriesLabels().isEmpty());
}

TEST(AxisStandIn, DrawsTheLinesTheAxisDrawsNumberForNumber)
{
    Stage stage;
    const AxisStandIn *standIn = stage.chart->xAxisStandIn();
    for (const Case &c : cases()) {
        apply(stage, c);
        ASSERT_TRUE(standIn->isActive()) << c.name;
        const AxisStandIn::Drawn ours = standIn->drawn();
        stage.chart->setAxisStandIn(false);
        const AxisStandIn::Drawn theirs = standIn->drawnByAxis();
        stage.chart->setAxisStandIn(true);
        // Tick grid lines and both edges; the axis line and the ticks.
        EXPECT_GE(theirs.grid.size(), 4u) << c.name;
        EXPECT_GE(theirs.axis.size(), 3u) << c.name;
        EXPECT_TRUE(ours.grid == theirs.grid) << c.name;
        EXPECT_TRUE(ours.axis == theirs.axis) << c.name;
    }
}

// The function chart's y axis: Qt Charts draws its end ticks, the stand-in the ones between;
// together they show the lines and labels the axis shows with every tick, at the same places.
TEST(ValueAxisStandIn, DrawsWhatTheAxisDrawsWithEveryTick)
{
    Stage stage;
    const ValueAxisStandIn *standIn = stage.chart->yAxisStandIn();
    ASSERT_TRUE(standIn->isAvailable());
    for (const Case &c : cases()) {
        apply(stage, c);
        // In the small window the labels crowd (Qt Charts hides some): the axis draws them all.
        EXPECT_EQ(standIn->isStandingIn(), c.name != "small window") << c.name;
        const ValueAxisStandIn::Drawn ours = standIn->drawn();
        stage.chart->setLabelStandIns(false);
        ASSERT_FALSE(standIn->isStandingIn());
        const ValueAxisStandIn::Drawn theirs = standIn->drawn();
        stage.chart->setLabelStandIns(true);
        EXPECT_GE(theirs.labels.size(), 3u) << c.name;
        EXPECT_TRUE(ours.grid == theirs.grid) << c.name;
        EXPECT_TRUE(ours.ticks == theirs.ticks) << c.name;
        EXPECT_EQ(ours.labels.size(), theirs.labels.size()) << c.name;
        EXPECT_TRUE(ours.labels == theirs.labels) << c.name;
    }
}

// The gradient chart's x axis: Qt Charts draws the labels near the plot's sides, the stand-in
// the others; together they show the labels the axis shows with every category, at the same
// places, and the function chart's x lines stay the stand-in's.
TEST(CategoryLabelStandIn, DrawsTheLabelsTheAxisDrawsWithEveryCategory)
{
    Stage stage;
    const CategoryLabelStandIn *standIn = stage.chart->xLabelStandIn();
    ASSERT_TRUE(standIn->isAvailable());
    for (const Case &c : cases()) {
        apply(stage, c);
        EXPECT_TRUE(standIn->isStandingIn()) << c.name;
        const std::vector<AxisLabels::Shown> ours = standIn->drawn();
        stage.chart->setLabelStandIns(false);
        ASSERT_FALSE(standIn->isStandingIn());
        const std::vector<AxisLabels::Shown> theirs = standIn->drawn();
        stage.chart->setLabelStandIns(true);
        EXPECT_GE(theirs.size(), 3u) << c.name;
        EXPECT_TRUE(ours == theirs) << c.name;
        // Fewer categories for Qt Charts to lay out: those near the sides, at least one.
        EXPECT_LT(stage.chart->axisGradientX()->count(), static_cast<int>(theirs.size())) << c.name;
    }
}

// The y labels are formatted by the stand-in as Qt Charts formats them, in the chart's locale:
// decimal commas, other digits and minus signs, right to left.
TEST(ValueAxisStandIn, FormatsTheLabelsAsTheAxisInOtherLocales)
{
    const QLocale before;
    for (const QLocale &locale : {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Arabic, QLocale::Egypt),
                                  QLocale(QLocale::Persian, QLocale::Iran), QLocale(QLocale::Hindi, QLocale::India)}) {
        QLocale::setDefault(locale);
        for (const Case &c : {Case{"fractions", -1.3, 3.7}, Case{"large values", -2500.0, 9000.0}}) {
            Stage ours(c.size);
            apply(ours, c);
            Stage theirs(c.size, false);
            apply(theirs, c);
            const std::string name = locale.name().toStdString() + ", " + c.name;
            EXPECT_TRUE(ours.chart->yAxisStandIn()->isStandingIn()) << name;
            EXPECT_TRUE(ours.chart->yAxisStandIn()->drawn().labels == theirs.chart->yAxisStandIn()->drawn().labels) << name;
            EXPECT_EQ(image_difference(ours.frame(1), theirs.frame(1)).pixels, 0) << name;
        }
    }
    QLocale::setDefault(before);
}

class AxisStandInFrames : public ::testing::TestWithParam<int> {};

// Each state, in a chart with the stand-ins and in one whose axes draw themselves from the start.
// (Not the same chart with the stand-ins turned off: Qt Charts keeps a line item's line when a
// new one differs only by rounding, so its own frames carry their history, by a 255th here and
// there on a line at a pixel's very centre.)
TEST_P(AxisStandInFrames, EqualTheFramesTheAxesPaintThemselves)
{
    const int ratio = GetParam();
    for (const Case &c : cases()) {
        Stage ours(c.size);
        apply(ours, c);
        Stage theirs(c.size, false);
        apply(theirs, c);
        EXPECT_TRUE(ours.chart->yAxisStandIn()->isStandingIn() || c.name == "small window") << c.name;
        EXPECT_TRUE(ours.chart->xLabelStandIn()->isStandingIn()) << c.name;
        const QImage a = ours.frame(ratio);
        const QImage b = theirs.frame(ratio);
        EXPECT_EQ(image_difference(a, b).pixels, 0) << c.name << ": " << image_difference(a, b);
    }
}

// Two charts through the same changes, one with the stand-in and one whose axis draws itself
// throughout, each change followed by the event loop as in the window.
TEST_P(AxisStandInFrames, EqualAChartWithoutItThroughASequenceOfChanges)
{
    const int ratio = GetParam();
    Stage ours;
    Stage theirs(QSize(900, 600), false);
    ASSERT_TRUE(ours.chart->xAxisStandIn()->isActive());
    ASSERT_FALSE(theirs.chart->xAxisStandIn()->isActive());
    const auto both = [&](const std::function<void(Stage &)> &change) {
        for (Stage *stage : {&ours, &theirs})
            change(*stage);
        QCoreApplication::processEvents();
    };
    const auto params = [](Stage &stage, double xMin, double xMax, bool gradients) {
        PlotParams p = stage.chart->params();
        p.xMin = xMin;
        p.xMax = xMax;
        p.showGradients = gradients;
        stage.chart->setParams(p);
    };
    std::vector<std::pair<std::string, std::function<void(Stage &)>>> steps;
    for (int k = 0; k < 12; ++k) { // zooms (20% a notch) while the centre pans
        const double width = 10.0 * std::pow(0.8, (k % 7) - 3);
        const double centre = 3.0 * std::sin(0.7 * k);
        steps.push_back({"zoom " + std::to_string(k), [=](Stage &s) { params(s, centre - width / 2, centre + width / 2, true); }});
    }
    steps.push_back({"dark theme", [](Stage &s) { s.chart->applyTheme(Theme::Dark); }});
    steps.push_back({"presentation", [](Stage &s) { s.chart->setPresentation(true); }});
    steps.push_back({"gradients off", [=](Stage &s) { params(s, -3.0, 7.0, false); }});
    steps.push_back({"a range with them off", [=](Stage &s) { params(s, -30.0, 70.0, false); }});
    steps.push_back({"gradients on", [=](Stage &s) { params(s, -30.0, 70.0, true); }});
    steps.push_back({"presentation off", [](Stage &s) { s.chart->setPresentation(false); }});
    steps.push_back({"smaller", [](Stage &s) { s.resize(QSize(520, 380)); }});
    steps.push_back({"a zoom there", [=](Stage &s) { params(s, -0.75, 1.25, true); }});
    steps.push_back({"light, larger", [](Stage &s) {
                         s.chart->applyTheme(Theme::Light);
                         s.resize(QSize(1300, 820));
                     }});
    // As many y ticks at both sizes (the most there are): the y scale is given again for the
    // fonts alone.
    steps.push_back({"tall", [](Stage &s) { s.resize(QSize(1300, 1100)); }});
    steps.push_back({"presentation, tall", [](Stage &s) { s.chart->setPresentation(true); }});
    steps.push_back({"a zoom there", [=](Stage &s) { params(s, -2.0, 3.0, true); }});
    steps.push_back({"presentation off, tall", [](Stage &s) { s.chart->setPresentation(false); }});
    for (const auto &[name, change] : steps) {
        both(change);
        EXPECT_EQ(image_difference(ours.frame(ratio), theirs.frame(ratio)).pixels, 0) << name;
        if (ours.chart->params().showGradients && ours.chart->size().height() >= 800) {
            EXPECT_TRUE(ours.chart->yAxisStandIn()->isStandingIn()) << name;
            EXPECT_TRUE(ours.chart->xLabelStandIn()->isStandingIn()) << name;
        }
    }
}

// What a stand-in cannot draw as Qt Charts would (here tilted labels) makes it give up where it
// stood in: the axis gets every label back, is laid out again, and the frame is Qt Charts' own.
TEST(LabelStandIns, GiveUpAndTheAxisDrawsEveryLabel)
{
    Stage ours;
    Stage theirs(QSize(900, 600), false);
    ASSERT_TRUE(ours.chart->yAxisStandIn()->isStandingIn());
    ASSERT_TRUE(ours.chart->xLabelStandIn()->isStandingIn());
    for (Stage *stage : {&ours, &theirs}) {
        stage->chart->axisFunction()->setLabelsAngle(-30);
        stage->chart->axisGradientX()->setLabelsAngle(-30);
        stage->chart->layoutNow();
    }
    QCoreApplication::processEvents();
    EXPECT_FALSE(ours.chart->yAxisStandIn()->isStandingIn());
    EXPECT_FALSE(ours.chart->xLabelStandIn()->isStandingIn());
    EXPECT_EQ(ours.chart->axisGradientX()->count(), theirs.chart->axisGradientX()->count());
    EXPECT_EQ(ours.chart->axisFunction()->tickInterval(), theirs.chart->axisFunction()->tickInterval());
    for (int ratio : {1, 2})
        EXPECT_EQ(image_difference(ours.frame(ratio), theirs.frame(ratio)).pixels, 0) << ratio << "x";
}

INSTANTIATE_TEST_SUITE_P(Ratios, AxisStandInFrames, ::testing::Values(1, 2));

// An export as small as the command line allows: the function chart has no plot there, and Qt
// Charts draws nothing of the axis; neither may the stand-in (its lines would gather at 0, 0).
TEST(AxisStandIn, DrawsNothingWhereTheChartHasNoPlot)
{
    for (const QSize size : {QSize(16, 16), QSize(120, 90), QSize(200, 150), QSize(640, 480)}) {
        Stage ours(size);
        Stage theirs(size, false);
        for (Stage *stage : {&ours, &theirs})
            stage->chart->setPixelCaches(false); // as exports paint
        for (int ratio : {1, 2})
            EXPECT_EQ(image_difference(ours.frame(ratio), theirs.frame(ratio)).pixels, 0)
                << size.width() << "x" << size.height() << " at " << ratio << "x";
    }
}

} // namespace
