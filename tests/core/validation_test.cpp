// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse.h"
#include "validation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <cstdio>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(Validation, AlphaBoundaries)
{
    EXPECT_FALSE(lre::validate_alpha(-10.0));
    EXPECT_FALSE(lre::validate_alpha(10.0));
    EXPECT_FALSE(lre::validate_alpha(0.0));
    EXPECT_TRUE(lre::validate_alpha(10.000001));
    EXPECT_TRUE(lre::validate_alpha(-10.000001));
    EXPECT_TRUE(lre::validate_alpha(NAN));
    EXPECT_TRUE(lre::validate_alpha(kInf));
    EXPECT_EQ(*lre::validate_alpha(11), "alpha must be a finite number from -10 to 10");
}

TEST(Validation, XRangeBoundaries)
{
    EXPECT_FALSE(lre::validate_x_range(-1e6, 1e6));
    EXPECT_FALSE(lre::validate_x_range(0.0, 1e-6));
    EXPECT_FALSE(lre::validate_x_range(-5, 5));
    EXPECT_TRUE(lre::validate_x_range(0.0, 0.9e-6));
    EXPECT_TRUE(lre::validate_x_range(5, 5));
    EXPECT_TRUE(lre::validate_x_range(5, -5));
    EXPECT_TRUE(lre::validate_x_range(-1.000001e6, 0));
    EXPECT_TRUE(lre::validate_x_range(0, 1.000001e6));
    EXPECT_TRUE(lre::validate_x_range(NAN, 1));
    EXPECT_TRUE(lre::validate_x_range(0, kInf));
    EXPECT_EQ(*lre::validate_x_range(1, 0), "x-max must exceed x-min by at least 1e-6");
}

TEST(Validation, ImageAndSamples)
{
    EXPECT_FALSE(lre::validate_image_side(16));
    EXPECT_FALSE(lre::validate_image_side(8192));
    EXPECT_TRUE(lre::validate_image_side(15));
    EXPECT_TRUE(lre::validate_image_side(8193));
    EXPECT_FALSE(lre::validate_samples(2));
    EXPECT_FALSE(lre::validate_samples(1000000));
    EXPECT_TRUE(lre::validate_samples(1));
    EXPECT_TRUE(lre::validate_samples(1000001));
}

TEST(Validation, WholeParams)
{
    EXPECT_TRUE(lre::is_valid(lre::PlotParams{}));
    EXPECT_FALSE(lre::is_valid(lre::PlotParams{.alpha = 20}));
    EXPECT_FALSE(lre::is_valid(lre::PlotParams{.xMin = 3, .xMax = 2}));
}

TEST(Parse, Doubles)
{
    EXPECT_EQ(lre::parse_double("0.25"), 0.25);
    EXPECT_EQ(lre::parse_double("-3"), -3.0);
    EXPECT_EQ(lre::parse_double("+3"), 3.0);
    EXPECT_EQ(lre::parse_double("1e-3"), 1e-3);
    EXPECT_FALSE(lre::parse_double(""));
    EXPECT_FALSE(lre::parse_double(" 1"));
    EXPECT_FALSE(lre::parse_double("1 "));
    EXPECT_FALSE(lre::parse_double("1,5"));
    EXPECT_FALSE(lre::parse_double("abc"));
    EXPECT_FALSE(lre::parse_double("+-1"));
    EXPECT_FALSE(lre::parse_double("0x10"));
    EXPECT_FALSE(lre::parse_double(std::string(100, '1')));
    // Parsed, then refused by validation.
    ASSERT_TRUE(lre::parse_double("nan"));
    EXPECT_TRUE(std::isnan(*lre::parse_double("nan")));
}

TEST(Parse, Counts)
{
    EXPECT_EQ(lre::parse_count("101"), 101);
    EXPECT_FALSE(lre::parse_count("1.5"));
    EXPECT_FALSE(lre::parse_count("99999999999999999999999"));
    EXPECT_FALSE(lre::parse_count("-"));
}

TEST(Parse, ImageSize)
{
    auto size = lre::parse_image_size("1280x800");
    ASSERT_TRUE(size);
    EXPECT_EQ(size->width, 1280);
    EXPECT_EQ(size->height, 800);
    EXPECT_TRUE(lre::parse_image_size("16X8192"));
    EXPECT_FALSE(lre::parse_image_size("15x100"));
    EXPECT_FALSE(lre::parse_image_size("100x8193"));
    EXPECT_FALSE(lre::parse_image_size("1280"));
    EXPECT_FALSE(lre::parse_image_size("1280x"));
    EXPECT_FALSE(lre::parse_image_size("x800"));
    EXPECT_FALSE(lre::parse_image_size("1280x800x3"));
    EXPECT_FALSE(lre::parse_image_size("-1280x800"));
}

} // namespace

namespace {

TEST(Validation, ClampXRangeAlwaysGivesAValidRange)
{
    const double cases[][2] = {{-5, 5},       {1, 1},           {3, -3},      {-1e9, 1e9},
                               {1e6, 1e6},    {-1e6, -1e6},     {0, 1e-9},    {999999.9999999, 1e6},
                               {NAN, 1},      {-2e6, -1.5e6},   {0.1, 0.1 + 1e-7},
                               {55, 55},      {999999.5, 999999.5}, {-1e6, -1e6}, {123456.789, 123456.789}};
    for (const auto &c : cases) {
        const auto r = lre::clamp_x_range(c[0], c[1]);
        EXPECT_FALSE(lre::validate_x_range(r.min, r.max)) << c[0] << ".." << c[1] << " -> " << r.min
                                                          << ".." << r.max;
    }
    const auto kept = lre::clamp_x_range(-2, 3);
    EXPECT_EQ(kept.min, -2);
    EXPECT_EQ(kept.max, 3);
}

} // namespace

namespace {

TEST(Validation, XBoundAlone)
{
    EXPECT_FALSE(lre::validate_x_bound(1e6));
    EXPECT_FALSE(lre::validate_x_bound(-1e6));
    EXPECT_TRUE(lre::validate_x_bound(NAN));
    EXPECT_TRUE(lre::validate_x_bound(kInf));
    EXPECT_TRUE(lre::validate_x_bound(-kInf));
    EXPECT_TRUE(lre::validate_x_bound(1.000001e6));
}

TEST(Validation, BoundsAMillionthApartAsASpinBoxRoundsThem)
{
    // Typed with six decimals, a millionth apart: as doubles some differ by a hair under 1e-6.
    int hairUnder = 0;
    for (int i = 0; i < 4000; ++i) {
        char lo[32];
        char hi[32];
        std::snprintf(lo, sizeof lo, "%.6f", 0.5 + i * 0.000731);
        std::snprintf(hi, sizeof hi, "%.6f", std::stod(lo) + 1e-6);
        const double xMin = std::stod(lo);
        const double xMax = std::stod(hi);
        hairUnder += xMax - xMin < 1e-6 ? 1 : 0;
        EXPECT_FALSE(lre::validate_x_range(xMin, xMax)) << lo << " " << hi;
    }
    EXPECT_GT(hairUnder, 0);
}

TEST(Validation, ParseAcceptsUpTo64Characters)
{
    const std::string longest = "1." + std::string(62, '0');
    ASSERT_EQ(longest.size(), 64u);
    EXPECT_EQ(lre::parse_double(longest), 1.0);
    EXPECT_FALSE(lre::parse_double(longest + "0"));
}

TEST(Validation, ClampXRangeKeepsValidRangesBitForBit)
{
    for (int i = 1; i < 2000; ++i) {
        const double a = std::sin(i * 12.9898) * std::pow(10.0, i % 7 - 1);
        const double b = a + std::abs(std::cos(i * 78.233)) * std::pow(10.0, i % 5 - 2) + 1e-6;
        if (lre::validate_x_range(a, b))
            continue;
        const auto r = lre::clamp_x_range(a, b);
        EXPECT_EQ(r.min, a);
        EXPECT_EQ(r.max, b);
    }
}

TEST(Validation, ClampXRangeRepairsWhatZoomAndPanAskFor)
{
    constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
    // Non-finite requests give the default range.
    for (auto [lo, hi] : {std::pair{0.0, kInf}, {-kInf, 0.0}, {kNan, 1.0}, {1.0, kNan}}) {
        const auto r = lre::clamp_x_range(lo, hi);
        EXPECT_EQ(r.min, -5.0) << lo << ".." << hi;
        EXPECT_EQ(r.max, 5.0) << lo << ".." << hi;
    }
    // Reversed: the same range the right way round.
    const auto reversed = lre::clamp_x_range(3.0, -3.0);
    EXPECT_EQ(reversed.min, -3.0);
    EXPECT_EQ(reversed.max, 3.0);
    // Too wide: everything allowed.
    const auto wide = lre::clamp_x_range(-1e9, 1e9);
    EXPECT_EQ(wide.min, -1e6);
    EXPECT_EQ(wide.max, 1e6);
    // Past an edge: shifted back inside, keeping its width.
    const auto pastLow = lre::clamp_x_range(-2e6, -1.5e6);
    EXPECT_EQ(pastLow.min, -1e6);
    EXPECT_EQ(pastLow.max, -5e5);
    const auto pastHigh = lre::clamp_x_range(1.2e6, 1.3e6);
    EXPECT_EQ(pastHigh.min, 9e5);
    EXPECT_EQ(pastHigh.max, 1e6);
    // Too narrow: widened about its centre.
    const auto narrow = lre::clamp_x_range(2.0, 2.0);
    EXPECT_NEAR(narrow.min, 2.0 - 5e-7, 1e-12);
    EXPECT_NEAR(narrow.max, 2.0 + 5e-7, 1e-12);
}

TEST(Validation, ClampXRangeAtTheLimits)
{
    // Zero-width requests on and near the limits, where rounding leaves the span short.
    for (double x : {1e6, -1e6, 999999.9999999, -999999.9999999, 999999.5, 654321.123456, -987654.3}) {
        const auto r = lre::clamp_x_range(x, x);
        EXPECT_FALSE(lre::validate_x_range(r.min, r.max)) << x << " -> " << r.min << ".." << r.max;
        EXPECT_LE(r.max - r.min, 2e-6) << x;
    }
}

} // namespace
