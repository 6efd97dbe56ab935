#include "axis.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstring>

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

} // namespace
