// SPDX-License-Identifier: GPL-3.0-or-later
// The function chart's x axis, while the gradient chart labels x, has its grid lines, ticks and
// line drawn by an AxisStandIn, so that Qt Charts need not lay its hidden labels out on every
// range change. It must draw exactly what the axis draws itself: the same lines, number for
// number, with the same pens, in the same order, and every frame the same, pixel for pixel.
#include "activationchart.h"
#include "axisstandin.h"

#include "../imagedifference.h"

#include <QCategoryAxis>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using lre::PlotParams;
using lre::ui::ActivationChart;
using lre::ui::AxisStandIn;
using lre::ui::Theme;

struct Stage {
    Stage()
        : chart(new ActivationChart)
    {
        scene.addItem(chart);
        resize(QSize(900, 600));
    }

    void resize(QSize size)
    {
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layoutNow();
    }

    QImage frame(int devicePixelRatio)
    {
        const QSize size = chart->size().toSize();
        QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(devicePixelRatio);
        image.fill(QColor(255, 0, 255));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        scene.render(&painter, QRectF(QPointF(0, 0), size), chart->geometry());
        return image;
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
        EXPECT_TRUE(standIn->drawnByAxis().grid.empty() || !stage.chart->axisX()->isGridLineVisible()) << c.name;
    }
}

class AxisStandInFrames : public ::testing::TestWithParam<int> {};

TEST_P(AxisStandInFrames, EqualTheFramesTheAxisPaintsItself)
{
    const int ratio = GetParam();
    Stage stage;
    for (const Case &c : cases()) {
        apply(stage, c);
        const QImage ours = stage.frame(ratio);
        stage.chart->setAxisStandIn(false);
        const QImage theirs = stage.frame(ratio);
        stage.chart->setAxisStandIn(true);
        EXPECT_EQ(image_difference(ours, theirs).pixels, 0) << c.name << ": " << image_difference(ours, theirs);
    }
}

INSTANTIATE_TEST_SUITE_P(Ratios, AxisStandInFrames, ::testing::Values(1, 2));

} // namespace
