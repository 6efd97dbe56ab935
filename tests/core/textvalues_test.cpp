// SPDX-License-Identifier: GPL-3.0-or-later
#include "textvalues.h"
#include "validation.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace {

using lre::PlotParams;
using lre::StoredPlotParams;
using lre::Theme;
using lre::ZeroGradient;

TEST(TextValues, WordsParseStrictly)
{
    EXPECT_EQ(lre::parse_theme("light"), Theme::Light);
    EXPECT_EQ(lre::parse_theme("dark"), Theme::Dark);
    EXPECT_EQ(lre::parse_on_off("on"), true);
    EXPECT_EQ(lre::parse_on_off("off"), false);
    EXPECT_EQ(lre::parse_zero_gradient("left"), ZeroGradient::LeftLimit);
    EXPECT_EQ(lre::parse_zero_gradient("right"), ZeroGradient::RightLimit);
    EXPECT_EQ(lre::parse_bool("true"), true);
    EXPECT_EQ(lre::parse_bool("false"), false);
    for (const char *bad : {"", "Dark", " dark", "dark ", "1", "0", "yes", "True", "ON", "l"}) {
        EXPECT_FALSE(lre::parse_theme(bad)) << bad;
        EXPECT_FALSE(lre::parse_on_off(bad)) << bad;
        EXPECT_FALSE(lre::parse_zero_gradient(bad)) << bad;
        EXPECT_FALSE(lre::parse_bool(bad)) << bad;
    }
}

TEST(TextValues, NamesReadBackToTheSameValue)
{
    EXPECT_EQ(lre::theme_name(Theme::Light), "light");
    EXPECT_EQ(lre::theme_name(Theme::Dark), "dark");
    EXPECT_EQ(lre::zero_gradient_name(ZeroGradient::LeftLimit), "left");
    EXPECT_EQ(lre::zero_gradient_name(ZeroGradient::RightLimit), "right");
    for (Theme theme : {Theme::Light, Theme::Dark})
        EXPECT_EQ(lre::parse_theme(lre::theme_name(theme)), theme);
    for (ZeroGradient z : {ZeroGradient::LeftLimit, ZeroGradient::RightLimit})
        EXPECT_EQ(lre::parse_zero_gradient(lre::zero_gradient_name(z)), z);
}

TEST(TextValues, RestoresEveryStoredValue)
{
    const PlotParams restored = lre::restore_plot_params(StoredPlotParams{
        .alpha = "0.25", .xMin = "-2", .xMax = "3", .showGradients = "false", .zeroGradient = "right"});
    EXPECT_EQ(restored, (PlotParams{.alpha = 0.25, .xMin = -2.0, .xMax = 3.0, .showGradients = false,
                                    .zeroGradient = ZeroGradient::RightLimit}));
}

TEST(TextValues, NothingStoredGivesTheDefaults)
{
    EXPECT_EQ(lre::restore_plot_params(StoredPlotParams{}), PlotParams{});
}

TEST(TextValues, EachBadValueFallsBackToItsDefaultAlone)
{
    const PlotParams defaults;
    const StoredPlotParams good{.alpha = "0.5", .xMin = "-1", .xMax = "1", .showGradients = "false",
                                .zeroGradient = "right"};
    const PlotParams fromGood = lre::restore_plot_params(good);

    for (const char *alpha : {"10.5", "-11", "nan", "inf", "abc", " 0.5", ""}) {
        StoredPlotParams stored = good;
        stored.alpha = alpha;
        PlotParams expected = fromGood;
        expected.alpha = defaults.alpha;
        EXPECT_EQ(lre::restore_plot_params(stored), expected) << alpha;
    }
    // The x bounds fall back together: a reversed, too narrow or too wide pair, or one bad bound.
    for (auto [xMin, xMax] : {std::pair{"3", "2"}, {"1", "1"}, {"-2e6", "0"}, {"0", "2e6"},
                              {"0", "x"}, {"nan", "1"}}) {
        StoredPlotParams stored = good;
        stored.xMin = xMin;
        stored.xMax = xMax;
        PlotParams expected = fromGood;
        expected.xMin = defaults.xMin;
        expected.xMax = defaults.xMax;
        EXPECT_EQ(lre::restore_plot_params(stored), expected) << xMin << ".." << xMax;
    }
    {
        StoredPlotParams stored = good;
        stored.xMax.reset();
        PlotParams expected = fromGood;
        expected.xMin = defaults.xMin;
        expected.xMax = defaults.xMax;
        EXPECT_EQ(lre::restore_plot_params(stored), expected);
    }
    for (const char *flag : {"off", "0", "False", ""}) {
        StoredPlotParams stored = good;
        stored.showGradients = flag;
        PlotParams expected = fromGood;
        expected.showGradients = defaults.showGradients;
        EXPECT_EQ(lre::restore_plot_params(stored), expected) << flag;
    }
    for (const char *convention : {"Right", "jax", "1", ""}) {
        StoredPlotParams stored = good;
        stored.zeroGradient = convention;
        PlotParams expected = fromGood;
        expected.zeroGradient = defaults.zeroGradient;
        EXPECT_EQ(lre::restore_plot_params(stored), expected) << convention;
    }
}

TEST(TextValues, RestoredParamsAreAlwaysValid)
{
    const char *texts[] = {"-10", "10", "-1e6", "1e6", "0", "1e-6", "5", "-5", "1e309", "nan", "-0"};
    for (const char *alpha : texts)
        for (const char *xMin : texts)
            for (const char *xMax : texts) {
                const PlotParams p = lre::restore_plot_params(
                    {.alpha = alpha, .xMin = xMin, .xMax = xMax, .showGradients = {}, .zeroGradient = {}});
                EXPECT_TRUE(lre::is_valid(p)) << alpha << " " << xMin << " " << xMax;
            }
}

} // namespace

namespace {

TEST(PinList, ParsesAndRejects)
{
    const lre::PinList ok = lre::parse_pin_list("0.01,0.1,-0.5,0.1");
    EXPECT_TRUE(ok.error.empty());
    EXPECT_EQ(ok.pins, (lre::Pins{0.01, 0.1, -0.5}));
    EXPECT_TRUE(lre::parse_pin_list("").pins.empty());
    EXPECT_NE(lre::parse_pin_list("0.1,abc").error.find("not a number"), std::string::npos);
    EXPECT_NE(lre::parse_pin_list("0.1,").error.find("not a number"), std::string::npos);
    EXPECT_NE(lre::parse_pin_list("11").error.find("out of range"), std::string::npos);
    EXPECT_NE(lre::parse_pin_list("nan").error, "");
    EXPECT_NE(lre::parse_pin_list("0,0.1,0.2,0.3,0.4,0.5,0.6").error.find("more than 6"), std::string::npos);
    EXPECT_EQ(lre::pin_list_text({0.01, -0.5, 2}), "0.01,-0.5,2");
    EXPECT_EQ(lre::parse_pin_list(lre::pin_list_text({0.1, 1.0 / 3.0})).pins, (lre::Pins{0.1, 1.0 / 3.0}));
}

TEST(PinList, RestoreFallsBackToNone)
{
    EXPECT_EQ(lre::restore_pins(std::string("0.2,0.3")), (lre::Pins{0.2, 0.3}));
    EXPECT_TRUE(lre::restore_pins(std::string("0.2,x")).empty());
    EXPECT_TRUE(lre::restore_pins(std::nullopt).empty());
    lre::Pins pins;
    for (int i = 0; i < 8; ++i)
        lre::add_pin(pins, i * 0.1);
    EXPECT_EQ(pins.size(), lre::kMaxPins);
    EXPECT_FALSE(lre::add_pin(pins, 0.0));
}

} // namespace
