// SPDX-License-Identifier: GPL-3.0-or-later
#include "axis.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

namespace {

bool is_nice(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-12));
    const double mantissa = step / magnitude;
    for (double nice : {1.0, 2.0, 5.0, 10.0})
        if (std::abs(mantissa - nice) < 1e-9)
            return true;
    return false;
}

TEST(Axis, NiceStepsForManyRanges)
{
    const double ranges[][2] = {{-5, 5},       {-1e-6, 0},   {0.5, 0.500001}, {-1e6, 1e6},
                                {3, 7},        {-100, -3},   {1e5, 1e6},      {-0.013, 0.9},
                                {-2.7, 11.3},  {1e-3, 2e-3}, {-1e6, -999999}, {123.4, 5678.9}};
    for (const auto &r : ranges) {
        for (auto axis : {lre::exact_axis(r[0], r[1]), lre::padded_axis(r[0], r[1])}) {
            EXPECT_TRUE(is_nice(axis.step)) << r[0] << ".." << r[1] << " step " << axis.step;
            const double ticks = (axis.max - axis.min) / axis.step;
            EXPECT_GE(ticks, 2.0) << r[0] << ".." << r[1];
            EXPECT_LE(ticks, 21.0) << r[0] << ".." << r[1];
            EXPECT_LE(axis.min, r[0]);
            EXPECT_GE(axis.max, r[1]);
            // Tick labels with this many decimals tell neighbours apart.
            EXPECT_GE(axis.step * std::pow(10.0, axis.decimals), 1.0 - 1e-9);
        }
    }
}

TEST(Axis, ZeroIsOnAGridLineWhenInRange)
{
    for (auto axis : {lre::padded_axis(-0.5, 5.0), lre::padded_axis(-3.3, 0.7), lre::exact_axis(-1, 13)}) {
        EXPECT_EQ(axis.anchor, 0.0);
    }
}

TEST(Axis, AnchorIsAMultipleOfTheStepOtherwise)
{
    const auto axis = lre::exact_axis(3.3, 7.9);
    EXPECT_GE(axis.anchor, axis.min);
    EXPECT_NEAR(std::remainder(axis.anchor, axis.step), 0.0, 1e-12);
}

TEST(Axis, PaddedKeepsCurvesOffTheFrame)
{
    const auto axis = lre::padded_axis(-0.5, 5.0);
    EXPECT_LT(axis.min, -0.5);
    EXPECT_GT(axis.max, 5.0);
    const auto exact = lre::exact_axis(-5, 5);
    EXPECT_EQ(exact.min, -5.0);
    EXPECT_EQ(exact.max, 5.0);
    EXPECT_EQ(exact.step, 1.0);
    EXPECT_EQ(exact.decimals, 0);
}

TEST(Axis, FlatCurveGetsABand)
{
    const auto axis = lre::padded_axis(0.0, 0.0);
    EXPECT_LT(axis.min, 0.0);
    EXPECT_GT(axis.max, 0.0);
    EXPECT_TRUE(is_nice(axis.step));
}

TEST(Axis, LabelFormatsStayShortAndDistinct)
{
    EXPECT_EQ(lre::exact_axis(-5, 5).labelFormat, "%.0f");
    EXPECT_EQ(lre::padded_axis(0, 1, 4).labelFormat, "%.1f");
    EXPECT_EQ(lre::exact_axis(999999.999, 1e6).labelFormat, "%.4f");
    EXPECT_EQ(lre::exact_axis(-1e-6, 0).labelFormat, "%.7f");
    for (auto [lo, hi] : {std::pair{-1e7, 1e7}, {1e-14, 2e-14}}) {
        const auto axis = lre::exact_axis(lo, hi);
        ASSERT_EQ(axis.labelFormat.back(), 'g') << lo;
        char a[64];
        char b[64];
        std::snprintf(a, sizeof a, axis.labelFormat.c_str(), axis.anchor);
        std::snprintf(b, sizeof b, axis.labelFormat.c_str(), axis.anchor + axis.step);
        EXPECT_STRNE(a, b) << lo;
        EXPECT_LE(std::strlen(a), 10u) << a;
    }
}

TEST(Axis, TicksAreExactMultiplesWithCleanLabels)
{
    const auto axis = lre::exact_axis(-3e-6, 2e-6);
    const auto t = lre::ticks(axis);
    ASSERT_GE(t.size(), 5u);
    bool zero = false;
    for (const auto &tick : t) {
        EXPECT_GE(tick.value, axis.min - 1e-18);
        EXPECT_LE(tick.value, axis.max + 1e-18);
        EXPECT_LE(tick.label.size(), 8u) << tick.label;
        if (tick.value == 0.0) {
            zero = true;
            EXPECT_EQ(tick.label, "0");
        }
    }
    EXPECT_TRUE(zero);
    const auto simple = lre::ticks(lre::exact_axis(-5, 5));
    ASSERT_EQ(simple.size(), 11u);
    EXPECT_EQ(simple.front().label, "-5");
    EXPECT_EQ(simple[5].label, "0");
}

TEST(Axis, NiceStepHandlesNonsense)
{
    EXPECT_EQ(lre::nice_step(0.0, 10), 1.0);
    EXPECT_EQ(lre::nice_step(-1.0, 10), 1.0);
    EXPECT_EQ(lre::nice_step(NAN, 10), 1.0);
    EXPECT_EQ(lre::nice_step(10.0, 10), 1.0);
    EXPECT_EQ(lre::nice_step(13.0, 10), 2.0);
    EXPECT_EQ(lre::nice_step(30.0, 10), 5.0);
}

TEST(Axis, NiceStepOnTheOneTwoFiveBoundaries)
{
    // A raw step exactly 1, 2 or 5 times a power of ten is already nice and kept.
    EXPECT_EQ(lre::nice_step(20.0, 10), 2.0);
    EXPECT_EQ(lre::nice_step(50.0, 10), 5.0);
    EXPECT_EQ(lre::nice_step(100.0, 10), 10.0);
    EXPECT_EQ(lre::nice_step(2.0, 1), 2.0);
    EXPECT_EQ(lre::nice_step(5.0, 1), 5.0);
    // Just past a boundary: the next nice step up.
    EXPECT_EQ(lre::nice_step(20.5, 10), 5.0);
    EXPECT_EQ(lre::nice_step(51.0, 10), 10.0);
    EXPECT_EQ(lre::nice_step(8.0, 1), 10.0);
    EXPECT_EQ(lre::nice_step(0.7, 1), 1.0);
}

TEST(Axis, NiceStepWithoutATickCountOrAFiniteSpan)
{
    // Fewer than one tick asked for counts as one.
    EXPECT_EQ(lre::nice_step(10.0, 0), 10.0);
    EXPECT_EQ(lre::nice_step(3.0, -4), 5.0);
    EXPECT_EQ(lre::nice_step(INFINITY, 10), 1.0);
}

std::string label(const lre::AxisScale &axis, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, axis.labelFormat.c_str(), value);
    return text;
}

TEST(Axis, ZeroIsAnchoredAtEitherEndOfTheRange)
{
    for (auto [lo, hi] : {std::pair{-1e-6, 0.0}, {-7.3, 0.0}, {0.0, 3.3}, {-0.0, 5.0}}) {
        const auto axis = lre::exact_axis(lo, hi);
        EXPECT_EQ(axis.anchor, 0.0) << lo << ".." << hi;
        // The anchor's label is "0", never "-0".
        EXPECT_EQ(label(axis, axis.anchor).front(), '0') << lo << ".." << hi;
    }
}

TEST(Axis, RangeAboveZeroAnchorsAtItsFirstMultiple)
{
    const auto axis = lre::exact_axis(2.05, 2.95);
    EXPECT_NEAR(axis.anchor, 2.1, 1e-12);
    const auto below = lre::exact_axis(-2.95, -2.05);
    EXPECT_NEAR(below.anchor, -2.9, 1e-12);
}

TEST(Axis, WholeStepsHaveNoDecimals)
{
    for (auto [lo, hi] : {std::pair{-5.0, 5.0}, {0.0, 20.0}, {-1e6, 1e6}, {3.0, 30.0}}) {
        const auto axis = lre::exact_axis(lo, hi);
        EXPECT_EQ(axis.decimals, 0) << lo;
        EXPECT_EQ(axis.labelFormat, "%.0f") << lo;
    }
}

TEST(Axis, FormatAtTheEdgesOfFixedNotation)
{
    // Twelve decimals are still fixed on a value axis, a range reaching 1e7 is not.
    EXPECT_EQ(lre::exact_axis(0.0, 1e-11).labelFormat, "%.12f");
    EXPECT_EQ(lre::exact_axis(0.0, 1e7).labelFormat.back(), 'g');
    EXPECT_EQ(lre::exact_axis(-1e7, 0.0).labelFormat.back(), 'g');
    // Side by side, four decimals are still fixed.
    const auto t = lre::ticks(lre::exact_axis(0.0, 1e-3));
    ASSERT_GE(t.size(), 2u);
    EXPECT_EQ(t[0].label, "0.0000");
    EXPECT_EQ(t[1].label, "0.0001");
}

TEST(Axis, NeighbouringTickLabelsDiffer)
{
    const double ranges[][2] = {{1e7, 1.5e7},   {-1.5e7, -1e7}, {1e7, 1.25e7}, {2.5e8, 2.6e8},
                                {1e-14, 2e-14}, {1.05, 1.15},   {-5, 5},       {999999.99, 1e6},
                                {0.0, 1e-3},    {-3e-6, 2e-6},  {123.4, 5678.9}};
    for (const auto &r : ranges) {
        const auto t = lre::ticks(lre::exact_axis(r[0], r[1]));
        ASSERT_GE(t.size(), 2u) << r[0];
        for (std::size_t i = 1; i < t.size(); ++i)
            EXPECT_NE(t[i - 1].label, t[i].label) << r[0] << ".." << r[1];
    }
}

TEST(Axis, TicksJustAboveANegativeMinimumStartAtZero)
{
    // The first multiple of the step is -0.0 here; it reads "0.0".
    const auto t = lre::ticks(lre::exact_axis(-0.03, 1.0));
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t.front().value, 0.0);
    EXPECT_EQ(t.front().label, "0.0");
    EXPECT_EQ(t.back().label, "1.0");
}

TEST(Axis, TicksOfADegenerateAxis)
{
    lre::AxisScale onTick;
    onTick.min = 2.0;
    onTick.max = 2.0;
    onTick.step = 1.0;
    const auto t = lre::ticks(onTick);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].value, 2.0);
    lre::AxisScale reversed = onTick;
    reversed.max = 1.0;
    EXPECT_TRUE(lre::ticks(reversed).empty());
}

TEST(Axis, PaddedStepSuitsWhatTheAxisShows)
{
    // The step is chosen for the range with its padding, not for the bare range: here the bare
    // range would ask for a step of 2 (11 ticks where 8 are asked for), the padded one for 5.
    const auto axis = lre::padded_axis(0.0, 15.5);
    EXPECT_EQ(axis.step, 5.0);
    EXPECT_EQ(axis.min, -5.0);
    EXPECT_EQ(axis.max, 20.0);
    for (auto [lo, hi] : {std::pair{0.0, 15.5}, {-1.0, 2.9}, {3.0, 3.38}, {-100.0, -3.0}}) {
        const auto padded = lre::padded_axis(lo, hi);
        EXPECT_EQ(padded.step, lre::nice_step((hi - lo) * 1.12, 8)) << lo << ".." << hi;
    }
}

TEST(Axis, PaddingIsRelativeAndOnBothSides)
{
    const double ranges[][2] = {{-5, 5},     {1e-3, 2e-3}, {3, 7},      {-100, -3},  {1e5, 1e6},
                                {-0.5, 5.0}, {-2.7, 11.3}, {0.1, 0.1001}, {-1e6, 1e6}, {0, 1}};
    for (const auto &r : ranges) {
        const double span = r[1] - r[0];
        const auto axis = lre::padded_axis(r[0], r[1]);
        // At least the 6% pad on each side, and not much more than the range itself.
        EXPECT_LE(axis.min, r[0] - 0.06 * span * (1 - 1e-9)) << r[0] << ".." << r[1];
        EXPECT_GE(axis.max, r[1] + 0.06 * span * (1 - 1e-9)) << r[0] << ".." << r[1];
        EXPECT_LE(axis.max - axis.min, 2.0 * span) << r[0] << ".." << r[1];
        // Ends on ticks, with no more intervals than asked for plus the two the padding adds.
        EXPECT_NEAR(std::remainder(axis.min, axis.step), 0.0, 1e-9 * axis.step) << r[0];
        EXPECT_NEAR(std::remainder(axis.max, axis.step), 0.0, 1e-9 * axis.step) << r[0];
        EXPECT_LE((axis.max - axis.min) / axis.step, 10.0 + 1e-9) << r[0] << ".." << r[1];
    }
}

} // namespace
