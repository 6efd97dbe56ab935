// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer chart's static layer (backgrounds, grid, axes, labels and legend painted once into
// a pixmap) must never show: after every kind of change, a frame from the cached chart equals,
// pixel for pixel, the frame the same chart paints with the layer off (every item painting
// itself, as before the layer existed), and a new chart's frame where the chart's own layout
// does not depend on its history.
#include "activationchart.h"

#include "curves.h"
#include "sharedwork.h"
#include "chartframe.h"
#include "../imagedifference.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <memory>

namespace {

using lre::PlotParams;
using lre::ui::ActivationChart;
using lre::ui::Theme;

// One chart in a scene of its own, laid out at a size, painted as the view paints it.
struct Stage {
    explicit Stage(bool cached)
        : chart(new ActivationChart)
    {
        scene.addItem(chart);
        chart->setStaticLayerEnabled(cached);
        resize(QSize(900, 600));
    }

    void resize(QSize size)
    {
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layoutNow();
    }

    QImage frame(int devicePixelRatio = 1)
    {
        return chart_frame(scene, *chart, devicePixelRatio);
    }

    QGraphicsScene scene;
    ActivationChart *chart;
};

struct State {
    PlotParams params;
    Theme theme = Theme::Light;
    QSize size{900, 600};
    lre::Pins pins;
    bool presentation = false;
};

void apply(ActivationChart &chart, const State &s)
{
    chart.setPresentation(s.presentation);
    chart.applyTheme(s.theme);
    chart.setParams(s.params);
    chart.setPins(s.pins);
}

// The same chart with the layer off, then on again.
QImage uncached_frame(Stage &stage, int devicePixelRatio)
{
    stage.chart->setStaticLayerEnabled(false);
    const QImage frame = stage.frame(devicePixelRatio);
    stage.chart->setStaticLayerEnabled(true);
    return frame;
}

QImage fresh_frame(const State &state, int devicePixelRatio)
{
    Stage stage(false);
    apply(*stage.chart, state);
    stage.resize(state.size);
    return stage.frame(devicePixelRatio);
}

// The layer holds Leaky ReLU's right branch, so it is painted before the left one, where the
// chart without the layer paints it after: where their round caps overlap at the kink, a pixel
// may round a 255th apart. Nothing else may differ.
constexpr qint64 kKinkPixels = 16;

::testing::AssertionResult same_but_for_kink_rounding(const ImageDifference &d)
{
    if (d.largest <= 1 && d.pixels <= kKinkPixels)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << d;
}

ImageDifference differing_pixels(const QImage &a, const QImage &b)
{
    if (!qEnvironmentVariableIsEmpty("LRE_LAYER_DIR")) {
        static int n = 0;
        const QString dir = qEnvironmentVariable("LRE_LAYER_DIR");
        a.save(QStringLiteral("%1/%2-a.png").arg(dir).arg(n));
        b.save(QStringLiteral("%1/%2-b.png").arg(dir).arg(n++));
    }
    return image_difference(a, b);
}

class StaticLayer : public ::testing::TestWithParam<int> {};

TEST_P(StaticLayer, CachedFramesEqualFramesPaintedWithoutCacheInBothThemes)
{
    const int ratio = GetParam();
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        State state;
        state.theme = theme;
        state.params.alpha = 0.3;
        Stage cached(true);
        apply(*cached.chart, state);
        cached.resize(state.size);
        const QImage first = cached.frame(ratio);
        EXPECT_TRUE(same_but_for_kink_rounding(differing_pixels(first, fresh_frame(state, ratio)))) << "theme " << static_cast<int>(theme);
        EXPECT_EQ(first.pixel(0, 0), first.pixel(first.width() - 1, first.height() - 1));
        EXPECT_NE(first.pixelColor(0, 0), QColor(255, 0, 255));
        // The second frame comes from the pixmap, and is the same.
        const int rebuilds = cached.chart->staticLayerRebuilds();
        EXPECT_EQ(differing_pixels(cached.frame(ratio), first).pixels, 0);
        EXPECT_EQ(cached.chart->staticLayerRebuilds(), rebuilds);
    }
}

// Each change a person can make, applied to a chart that has already cached a frame.
TEST_P(StaticLayer, AfterEveryKindOfChangeTheFrameEqualsTheFramePaintedWithoutTheLayer)
{
    const int ratio = GetParam();
    const std::vector<std::pair<const char *, std::function<void(State &)>>> changes = {
        {"alpha within the same axes", [](State &s) { s.params.alpha = 0.31; }},
        {"alpha that moves the y axis", [](State &s) { s.params.alpha = 0.9; }},
        {"negative alpha", [](State &s) { s.params.alpha = -0.7; }},
        {"alpha above 1", [](State &s) { s.params.alpha = 2.5; }},
        {"x range", [](State &s) {
             s.params.xMin = -2.0;
             s.params.xMax = 3.0;
         }},
        {"x range entirely above 0", [](State &s) {
             s.params.xMin = 0.5;
             s.params.xMax = 40.0;
         }},
        {"dark theme", [](State &s) { s.theme = Theme::Dark; }},
        {"size", [](State &s) { s.size = QSize(640, 420); }},
        {"gradients off", [](State &s) { s.params.showGradients = false; }},
        {"gradients on again", [](State &s) { s.params.showGradients = true; }},
        {"gradient convention at 0", [](State &s) { s.params.zeroGradient = lre::ZeroGradient::RightLimit; }},
        {"pins", [](State &s) { s.pins = {0.01, 0.5, 3.0}; }},
        {"presentation", [](State &s) { s.presentation = true; }},
        {"presentation off, pins cleared", [](State &s) {
             s.presentation = false;
             s.pins.clear();
         }},
        {"light theme and a large window", [](State &s) {
             s.theme = Theme::Light;
             s.size = QSize(1600, 1000);
         }},
    };
    Stage cached(true);
    State state;
    apply(*cached.chart, state);
    cached.resize(state.size);
    cached.frame(ratio);
    for (const auto &[name, change] : changes) {
        change(state);
        apply(*cached.chart, state);
        cached.resize(state.size);
        const QImage frame = cached.frame(ratio);
        EXPECT_TRUE(same_but_for_kink_rounding(differing_pixels(frame, uncached_frame(cached, ratio)))) << name;
    }
}

// Dragging the range changes the layer's key every frame: those frames paint the static items
// straight onto the device; the frame after the drag makes the pixmap again. Every frame equals
// the frame of a chart without the layer that went through the same changes.
TEST_P(StaticLayer, FramesOfADragAndAfterItEqualAChartWithoutTheLayer)
{
    const int ratio = GetParam();
    Stage cached(true);
    Stage plain(false);
    cached.frame(ratio);
    plain.frame(ratio);
    PlotParams params;
    for (int k = 0; k < 6; ++k) {
        params.xMin = -5.0 + 0.37 * k;
        params.xMax = 5.0 + 0.61 * k;
        for (Stage *stage : {&cached, &plain})
            stage->chart->setParams(params);
        EXPECT_TRUE(same_but_for_kink_rounding(differing_pixels(cached.frame(ratio), plain.frame(ratio)))) << "frame " << k;
    }
    EXPECT_GE(cached.chart->staticLayerDirectFrames(), 4);
    const int rebuilds = cached.chart->staticLayerRebuilds();
    params.alpha = 0.2; // the drag is over; an alpha step
    for (Stage *stage : {&cached, &plain})
        stage->chart->setParams(params);
    EXPECT_TRUE(same_but_for_kink_rounding(differing_pixels(cached.frame(ratio), plain.frame(ratio))));
    EXPECT_EQ(cached.chart->staticLayerRebuilds(), rebuilds + 1);
    EXPECT_TRUE(same_but_for_kink_rounding(differing_pixels(cached.frame(ratio), plain.frame(ratio))));
    EXPECT_EQ(cached.chart->staticLayerRebuilds(), rebuilds + 1);
}

// Leaky ReLU's right branch, a static item, is kept as ReLU is: in a zoom's frames its pixels are
// made on the helper while the other static items are painted (where there is a second core), and
// blended in its place; the grid, axes and plot backgrounds are painted in two bands of rows at
// once. Each frame equals the same frame painted on one thread, the branch painting itself.
TEST_P(StaticLayer, RightBranchKeptAndBandsEqualOneThreadPaintingItAll)
{
    const int ratio = GetParam();
    Stage shared(true);
    Stage single(true);
    single.chart->setLineCachesEnabled(false);
    shared.frame(ratio);
    single.frame(ratio);
    PlotParams params;
    // A zoom with alpha steps between: frames painted straight onto the device.
    for (int k = 0; k < 8; ++k) {
        params.xMin = -4.0 + 0.9 * k;
        params.xMax = 5.0 + 1.3 * k;
        params.alpha = k % 2 == 0 ? 0.1 : -0.6;
        for (Stage *stage : {&shared, &single})
            stage->chart->setParams(params);
        const int prepared = shared.chart->rightBranchPreparedFrames();
        const int bands = shared.chart->staticLayerSharedFrames();
        const QImage two = shared.frame(ratio);
        if (lre::ui::can_share_work()) {
            EXPECT_EQ(shared.chart->rightBranchPreparedFrames(), prepared + 1) << "frame " << k;
            EXPECT_EQ(shared.chart->staticLayerSharedFrames(), bands + 1) << "frame " << k;
        }
        EXPECT_EQ(differing_pixels(two, single.frame(ratio)).pixels, 0) << "frame " << k << ": x from " << params.xMin;
    }
    EXPECT_GE(shared.chart->staticLayerDirectFrames(), 6);
    // The frame after the zoom makes the layer again, in two bands too.
    const int rebuilds = shared.chart->staticLayerRebuilds();
    const int bands = shared.chart->staticLayerSharedFrames();
    EXPECT_EQ(differing_pixels(shared.frame(ratio), single.frame(ratio)).pixels, 0) << "the layer made again";
    EXPECT_EQ(shared.chart->staticLayerRebuilds(), rebuilds + 1);
    if (lre::ui::can_share_work()) {
        EXPECT_EQ(shared.chart->staticLayerSharedFrames(), bands + 1);
    }
    EXPECT_EQ(single.chart->staticLayerSharedFrames(), 0);
    EXPECT_EQ(single.chart->rightBranchPreparedFrames(), 0);
}

// ReLU's kept pixels (StrokeCache) show exactly what ReLU paints itself, after every kind of
// change, and alpha steps keep them.
TEST_P(StaticLayer, ReluFromItsKeptPixelsEqualsReluPaintedAgain)
{
    const int ratio = GetParam();
    Stage stage(true);
    State state;
    const auto expect_same = [&](const char *what) {
        const int before = stage.chart->lineCacheRebuilds();
        const int preparedBefore = stage.chart->preparedLineFrames();
        QImage kept = stage.frame(ratio);
        if (lre::ui::can_share_work()) {
            // The change's own frame: the helper kept ReLU's pixels while the items below it were
            // painted, and the frame blended them.
            EXPECT_EQ(stage.chart->preparedLineFrames(), preparedBefore + 1) << what << ": not kept on the helper";
        } else {
            kept = stage.frame(ratio); // a change paints ReLU straight; the frame after keeps its pixels
        }
        EXPECT_EQ(stage.chart->lineCacheRebuilds(), before + 1) << what << ": ReLU's pixels were not kept";
        stage.chart->setLineCachesEnabled(false);
        const QImage painted = stage.frame(ratio);
        stage.chart->setLineCachesEnabled(true);
        const ImageDifference d = differing_pixels(kept, painted);
        EXPECT_EQ(d.pixels, 0) << what << ": " << d;
    };
    const std::vector<std::pair<const char *, std::function<void(State &)>>> changes = {
        {"the first frame", [](State &) {}},
        {"alpha", [](State &s) { s.params.alpha = 0.003; }},
        {"negative alpha", [](State &s) { s.params.alpha = -0.4; }},
        {"range", [](State &s) {
             s.params.xMin = -0.7;
             s.params.xMax = 12.0;
         }},
        {"a range above 0, ReLU ending in the plot's corner", [](State &s) {
             s.params.xMin = 1.0;
             s.params.xMax = 4.0;
         }},
        {"a range below 0", [](State &s) {
             s.params.xMin = -9.0;
             s.params.xMax = -2.0;
         }},
        {"dark theme", [](State &s) { s.theme = Theme::Dark; }},
        {"size", [](State &s) { s.size = QSize(731, 517); }},
        {"pins", [](State &s) { s.pins = {0.0, 0.2}; }},
        {"presentation", [](State &s) { s.presentation = true; }},
        {"gradients off", [](State &s) { s.params.showGradients = false; }},
    };
    for (const auto &[what, change] : changes) {
        change(state);
        apply(*stage.chart, state);
        stage.resize(state.size);
        expect_same(what);
    }
    state.params.xMin = -5.0;
    state.params.xMax = 5.0;
    state.params.alpha = 0.3;
    stage.chart->setParams(state.params);
    expect_same("the default range");
    stage.frame(ratio); // turned off and on again above: the pixels are kept anew
    stage.frame(ratio);
    // Alpha steps that keep the axes leave ReLU as it was.
    const int rebuilds = stage.chart->lineCacheRebuilds();
    const double yMin = stage.chart->axisFunction()->min();
    const double yMax = stage.chart->axisFunction()->max();
    for (double alpha : {0.301, 0.302, 0.303}) {
        state.params.alpha = alpha;
        stage.chart->setParams(state.params);
        stage.frame(ratio);
        ASSERT_EQ(stage.chart->axisFunction()->min(), yMin) << "alpha " << alpha << " moved the y axis";
        ASSERT_EQ(stage.chart->axisFunction()->max(), yMax);
    }
    EXPECT_EQ(stage.chart->lineCacheRebuilds(), rebuilds) << "alpha steps made the kept pixels again";
    // At 2x the left branch was filled in halves in the frames compared above, and is identical.
    if (ratio == 2) {
        EXPECT_GT(stage.chart->splitLineFrames(), 0);
    }
}

// A chart lays its axes out again on each range change only as far as the change needs (a layout
// pass of the whole chart only when a label's size changed): after any run of zooms and pans, with
// y labels growing and shrinking and tick counts changing, it shows what a new chart shows.
TEST_P(StaticLayer, ZoomsAndPansLeaveTheChartAsANewChartDrawsIt)
{
    const int ratio = GetParam();
    Stage zoomed(false);
    State state;
    for (int k = 0; k < 40; ++k) {
        const double width = 10.0 * std::pow(0.55, (k % 15) - 7);
        const double centre = 3.0 * std::sin(0.7 * k) * width;
        state.params.xMin = centre - width / 2;
        state.params.xMax = centre + width / 2;
        state.params.alpha = k % 3 == 0 ? 0.1 : 1.5;
        // Now and then the gradient chart goes and comes back, and the chart's height changes
        // (new tick steps over the same range).
        state.params.showGradients = k % 10 != 5;
        state.size = QSize(900, k % 7 == 3 ? 460 : 600);
        zoomed.chart->setParams(state.params);
        zoomed.resize(state.size);
        EXPECT_EQ(differing_pixels(zoomed.frame(ratio), fresh_frame(state, ratio)).pixels, 0)
            << "step " << k << ": x from " << state.params.xMin << " to " << state.params.xMax;
    }
}

// A new device pixel ratio (the window dragged to another screen) makes the pixmap again.
TEST(StaticLayerRatio, ANewDevicePixelRatioPaintsTheLayerAgain)
{
    Stage cached(true);
    State state;
    cached.frame(1);
    const int rebuilds = cached.chart->staticLayerRebuilds();
    EXPECT_TRUE(same_but_for_kink_rounding(differing_pixels(cached.frame(2), fresh_frame(state, 2))));
    EXPECT_EQ(cached.chart->staticLayerRebuilds(), rebuilds + 1);
    EXPECT_TRUE(same_but_for_kink_rounding(differing_pixels(cached.frame(1), fresh_frame(state, 1))));
}

// The slider's whole travel rebuilds the layer only where the y axis changes.
TEST(StaticLayerRatio, SliderStepsReuseTheLayer)
{
    Stage cached(true);
    cached.frame(1);
    const int before = cached.chart->staticLayerRebuilds();
    PlotParams params;
    for (int step = 0; step <= 100; ++step) {
        params.alpha = step / 100.0;
        cached.chart->setParams(params);
        cached.frame(1);
    }
    EXPECT_LT(cached.chart->staticLayerRebuilds() - before, 15);
}

INSTANTIATE_TEST_SUITE_P(DevicePixelRatio, StaticLayer, ::testing::Values(1, 2));

} // namespace
