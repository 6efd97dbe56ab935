// SPDX-License-Identifier: GPL-3.0-or-later
#include "curves.h"

#include <gtest/gtest.h>

#include <random>

namespace {

using lre::PlotParams;
using lre::Point;
using lre::ZeroGradient;

// Linear interpolation along a polyline, as a chart draws it.
double y_on(const lre::Polyline &line, double x)
{
    for (std::size_t i = 1; i < line.size(); ++i) {
        const Point a = line[i - 1];
        const Point b = line[i];
        if (a.x <= x && x <= b.x)
            return a.x == b.x ? a.y : a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x);
    }
    ADD_FAILURE() << "x " << x << " outside the polyline";
    return 0.0;
}

TEST(Curves, IncludeZeroExactlyWhenInside)
{
    const auto c = lre::exact_curves({.alpha = 0.1, .xMin = -5.0, .xMax = 5.0});
    ASSERT_EQ(c.leakyRelu.size(), 3u);
    EXPECT_EQ(c.leakyRelu[0], (Point{-5.0, -0.5}));
    EXPECT_EQ(c.leakyRelu[1], (Point{0.0, 0.0}));
    EXPECT_EQ(c.leakyRelu[2], (Point{5.0, 5.0}));
    EXPECT_EQ(c.relu, (lre::Polyline{{-5.0, 0.0}, {0.0, 0.0}, {5.0, 5.0}}));
}

TEST(Curves, NoKinkWhenZeroOutside)
{
    const auto c = lre::exact_curves({.alpha = 0.1, .xMin = 1.0, .xMax = 3.0});
    EXPECT_EQ(c.leakyRelu, (lre::Polyline{{1.0, 1.0}, {3.0, 3.0}}));
    ASSERT_EQ(c.leakyReluGrad.pieces.size(), 1u);
    EXPECT_FALSE(c.leakyReluGrad.atZero.has_value());
    const auto n = lre::exact_curves({.alpha = 0.1, .xMin = -3.0, .xMax = -1.0});
    EXPECT_EQ(n.relu, (lre::Polyline{{-3.0, 0.0}, {-1.0, 0.0}}));
    ASSERT_EQ(n.leakyReluGrad.pieces.size(), 1u);
    EXPECT_EQ(n.leakyReluGrad.pieces[0], (lre::Polyline{{-3.0, 0.1}, {-1.0, 0.1}}));
}

TEST(Curves, ExactAtEveryPointOfTheRange)
{
    std::mt19937 rng(7);
    for (double alpha : {0.0, 0.01, 0.1, 1.0, 3.0, -2.0}) {
        const PlotParams p{.alpha = alpha, .xMin = -4.0, .xMax = 2.5};
        const auto c = lre::exact_curves(p);
        std::uniform_real_distribution<double> xs(p.xMin, p.xMax);
        for (int i = 0; i < 1000; ++i) {
            const double x = xs(rng);
            EXPECT_NEAR(y_on(c.leakyRelu, x), lre::leaky_relu(x, alpha), 1e-12);
            EXPECT_NEAR(y_on(c.relu, x), lre::relu(x), 1e-12);
        }
        EXPECT_EQ(y_on(c.leakyRelu, 0.0), 0.0);
    }
}

TEST(Curves, GradientIsATrueStep)
{
    for (auto z : {ZeroGradient::LeftLimit, ZeroGradient::RightLimit}) {
        const auto c = lre::exact_curves({.alpha = 0.2, .xMin = -5.0, .xMax = 5.0, .zeroGradient = z});
        for (const auto *step : {&c.reluGrad, &c.leakyReluGrad}) {
            ASSERT_EQ(step->pieces.size(), 2u);
            for (const auto &piece : step->pieces) {
                ASSERT_EQ(piece.size(), 2u);
                EXPECT_EQ(piece[0].y, piece[1].y) << "a sloped segment";
                EXPECT_LT(piece[0].x, piece[1].x);
            }
            EXPECT_EQ(step->pieces[0].back().x, 0.0);
            EXPECT_EQ(step->pieces[1].front().x, 0.0);
        }
        EXPECT_EQ(c.leakyReluGrad.pieces[0][0].y, 0.2);
        EXPECT_EQ(c.leakyReluGrad.pieces[1][0].y, 1.0);
        EXPECT_EQ(c.reluGrad.pieces[0][0].y, 0.0);
    }
}

TEST(Curves, MarkerAtZeroFollowsConvention)
{
    auto left = lre::exact_curves({.alpha = 0.2, .zeroGradient = ZeroGradient::LeftLimit});
    EXPECT_EQ(left.leakyReluGrad.atZero, (Point{0.0, 0.2}));
    EXPECT_EQ(left.leakyReluGrad.otherLimit, (Point{0.0, 1.0}));
    EXPECT_EQ(left.reluGrad.atZero, (Point{0.0, 0.0}));
    auto right = lre::exact_curves({.alpha = 0.2, .zeroGradient = ZeroGradient::RightLimit});
    EXPECT_EQ(right.leakyReluGrad.atZero, (Point{0.0, 1.0}));
    EXPECT_EQ(right.leakyReluGrad.otherLimit, (Point{0.0, 0.2}));
    EXPECT_EQ(right.reluGrad.atZero, (Point{0.0, 1.0}));
    // alpha = 1: both limits agree, nothing hollow to show.
    auto identity = lre::exact_curves({.alpha = 1.0});
    EXPECT_FALSE(identity.leakyReluGrad.otherLimit.has_value());
}

TEST(Curves, ZeroAtTheEdgeOfTheRange)
{
    const auto c = lre::exact_curves({.alpha = 0.1, .xMin = 0.0, .xMax = 2.0});
    EXPECT_EQ(c.leakyRelu, (lre::Polyline{{0.0, 0.0}, {2.0, 2.0}}));
    ASSERT_EQ(c.leakyReluGrad.pieces.size(), 1u);
    EXPECT_EQ(c.leakyReluGrad.atZero, (Point{0.0, 0.1}));
}

TEST(Curves, Extents)
{
    const auto c = lre::exact_curves({.alpha = 3.0, .xMin = -2.0, .xMax = 1.0});
    const auto f = lre::function_extent(c);
    EXPECT_EQ(f.min, -6.0);
    EXPECT_EQ(f.max, 1.0);
    const auto g = lre::gradient_extent(c);
    EXPECT_EQ(g.min, 0.0);
    EXPECT_EQ(g.max, 3.0);
    const auto neg = lre::gradient_extent(lre::exact_curves({.alpha = -0.5}));
    EXPECT_EQ(neg.min, -0.5);
    EXPECT_EQ(neg.max, 1.0);
}

TEST(Curves, RangeEndingAtZero)
{
    for (auto z : {ZeroGradient::LeftLimit, ZeroGradient::RightLimit}) {
        const auto c = lre::exact_curves({.alpha = 0.1, .xMin = -2.0, .xMax = 0.0, .zeroGradient = z});
        EXPECT_EQ(c.relu, (lre::Polyline{{-2.0, 0.0}, {0.0, 0.0}}));
        EXPECT_EQ(c.leakyRelu, (lre::Polyline{{-2.0, -0.2}, {0.0, 0.0}}));
        ASSERT_EQ(c.leakyReluGrad.pieces.size(), 1u);
        EXPECT_EQ(c.leakyReluGrad.pieces[0], (lre::Polyline{{-2.0, 0.1}, {0.0, 0.1}}));
        ASSERT_EQ(c.reluGrad.pieces.size(), 1u);
        // 0 is in the range, so its marker shows, and the limit not taken is hollow.
        const bool left = z == ZeroGradient::LeftLimit;
        EXPECT_EQ(c.leakyReluGrad.atZero, (Point{0.0, left ? 0.1 : 1.0}));
        EXPECT_EQ(c.leakyReluGrad.otherLimit, (Point{0.0, left ? 1.0 : 0.1}));
        EXPECT_EQ(c.reluGrad.atZero, (Point{0.0, left ? 0.0 : 1.0}));
    }
}

TEST(Curves, RangeAboveZeroStaysInTheRange)
{
    const auto c = lre::exact_curves({.alpha = 0.1, .xMin = 1.0, .xMax = 3.0});
    ASSERT_EQ(c.reluGrad.pieces.size(), 1u);
    EXPECT_EQ(c.reluGrad.pieces[0], (lre::Polyline{{1.0, 1.0}, {3.0, 1.0}}));
    EXPECT_EQ(c.leakyReluGrad.pieces[0], (lre::Polyline{{1.0, 1.0}, {3.0, 1.0}}));
    EXPECT_FALSE(c.leakyReluGrad.otherLimit.has_value());
}

TEST(Curves, GradientExtentAlwaysShowsZeroAndOne)
{
    // Below 0 with alpha between 0 and 1: no gradient reaches 1, yet 1 shows.
    const auto below = lre::gradient_extent(lre::exact_curves({.alpha = 0.5, .xMin = -3.0, .xMax = -1.0}));
    EXPECT_EQ(below.min, 0.0);
    EXPECT_EQ(below.max, 1.0);
    const auto above = lre::gradient_extent(lre::exact_curves({.alpha = 0.5, .xMin = 1.0, .xMax = 3.0}));
    EXPECT_EQ(above.min, 0.0);
    EXPECT_EQ(above.max, 1.0);
}

TEST(Curves, GradientExtentHoldsTheMarkersAtZero)
{
    // From 0 up only the right piece is drawn; the other slope is only a marker at 0.
    const auto left = lre::exact_curves({.alpha = 3.0, .xMin = 0.0, .xMax = 2.0,
                                         .zeroGradient = ZeroGradient::LeftLimit});
    EXPECT_EQ(left.leakyReluGrad.atZero, (Point{0.0, 3.0}));
    EXPECT_EQ(lre::gradient_extent(left).max, 3.0);
    const auto right = lre::exact_curves({.alpha = -2.0, .xMin = 0.0, .xMax = 2.0,
                                          .zeroGradient = ZeroGradient::RightLimit});
    EXPECT_EQ(right.leakyReluGrad.otherLimit, (Point{0.0, -2.0}));
    EXPECT_EQ(lre::gradient_extent(right).min, -2.0);
}

} // namespace

namespace {

TEST(PinnedCurves, ExactAtTheKinkAndIndependentOfAlpha)
{
    const PlotParams p{.alpha = 0.7, .xMin = -3.3, .xMax = 2.9};
    const lre::PinnedCurve pin = lre::pinned_curve(p, 0.01);
    ASSERT_EQ(pin.function.size(), 3u);
    EXPECT_EQ(pin.function[1], (Point{0.0, 0.0}));
    EXPECT_EQ(pin.function.front(), (Point{-3.3, -3.3 * 0.01}));
    EXPECT_EQ(pin.function.back(), (Point{2.9, 2.9}));
    // The same as the main curve at that alpha, whatever alpha the chart shows.
    PlotParams at = p;
    at.alpha = 0.01;
    const lre::Curves main = lre::exact_curves(at);
    EXPECT_EQ(pin.function, main.leakyRelu);
    EXPECT_EQ(pin.gradient.pieces, main.leakyReluGrad.pieces);
    EXPECT_EQ(pin.gradient.atZero, main.leakyReluGrad.atZero);
    EXPECT_EQ(pin.gradient.otherLimit, main.leakyReluGrad.otherLimit);
}

TEST(PinnedCurves, ExtentsHoldThePins)
{
    const PlotParams p{.alpha = 0.1, .xMin = -2.0, .xMax = 1.0};
    const lre::Curves curves = lre::exact_curves(p);
    const std::vector<lre::PinnedCurve> pins{lre::pinned_curve(p, -3.0), lre::pinned_curve(p, 4.0)};
    const lre::YExtent f = lre::function_extent(curves, pins);
    EXPECT_EQ(f.min, -8.0);
    EXPECT_EQ(f.max, 6.0);
    const lre::YExtent g = lre::gradient_extent(curves, pins);
    EXPECT_EQ(g.min, -3.0);
    EXPECT_EQ(g.max, 4.0);
    EXPECT_EQ(lre::function_extent(curves, {}).min, lre::function_extent(curves).min);
}

} // namespace
