// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <gtest/gtest.h>

namespace {

using lre::app::parse_command_line;

lre::app::ParseOutcome parse(QStringList args)
{
    args.prepend(QStringLiteral("leaky-relu-explorer"));
    return parse_command_line(args);
}

TEST(CommandLine, NoArgumentsOpensTheWindowWithNothingOverridden)
{
    const auto outcome = parse({});
    EXPECT_FALSE(outcome.exitNow);
    EXPECT_FALSE(outcome.options.alpha.has_value());
    EXPECT_TRUE(outcome.options.exportPath.isEmpty());
    EXPECT_EQ(outcome.options.size, QSize(1280, 800));
    EXPECT_EQ(outcome.options.samples, 101);
}

TEST(CommandLine, ReadsEveryOption)
{
    const auto outcome = parse({"--alpha", "0.25", "--x-min", "-3", "--x-max=7", "--theme", "dark",
                                "--gradients", "off", "--grad-at-zero", "right", "--export", "a.PNG",
                                "--size", "640x480", "--samples", "11", "--reset-settings"});
    ASSERT_FALSE(outcome.exitNow) << outcome.error.toStdString();
    const auto &o = outcome.options;
    EXPECT_EQ(o.alpha, 0.25);
    EXPECT_EQ(o.xMin, -3.0);
    EXPECT_EQ(o.xMax, 7.0);
    EXPECT_EQ(o.theme, lre::Theme::Dark);
    EXPECT_EQ(o.showGradients, false);
    EXPECT_EQ(o.zeroGradient, lre::ZeroGradient::RightLimit);
    EXPECT_EQ(o.exportPath, QStringLiteral("a.PNG"));
    EXPECT_EQ(o.size, QSize(640, 480));
    EXPECT_EQ(o.samples, 11);
    EXPECT_TRUE(o.resetSettings);
}

TEST(CommandLine, EveryClassOfBadInputIsAUsageError)
{
    const QList<QStringList> bad = {
        {"--bogus"},
        {"--alpha"},
        {"--alpha", "abc"},
        {"--alpha", "nan"},
        {"--alpha", "inf"},
        {"--alpha", "10.5"},
        {"--alpha", ""},
        {"--x-min", "2e6"},
        {"--x-min", "6"},
        {"--x-min", "1", "--x-max", "1"},
        {"--x-min", "1", "--x-max", "1.0000001"},
        {"--theme", "blue"},
        {"--theme", "Dark"},
        {"--gradients", "yes"},
        {"--grad-at-zero", "middle"},
        {"--export", "out.txt"},
        {"--export", "out"},
        {"--export", ""},
        {"--size", "15x100"},
        {"--size", "100x8193"},
        {"--size", "100"},
        {"--size", "axb"},
        {"--samples", "1"},
        {"--samples", "1000001"},
        {"--samples", "2.5"},
        {"stray"},
        {"--alpha", "0.1", "--alpha", "0.2"},
        {"line\nbreak"},
        {"--theme", "da\rrk\u2028"},
        {"--\nx"},
    };
    for (const QStringList &args : bad) {
        const auto outcome = parse(args);
        EXPECT_TRUE(outcome.exitNow) << args.join(' ').toStdString();
        EXPECT_EQ(outcome.exitCode, lre::app::kExitUsage) << args.join(' ').toStdString();
        EXPECT_TRUE(outcome.error.startsWith(QStringLiteral("leaky-relu-explorer: ")))
            << outcome.error.toStdString();
        EXPECT_FALSE(outcome.error.contains('\n')) << outcome.error.toStdString();
    }
}

TEST(CommandLine, MessagesNameTheOptionAndWhatIsAccepted)
{
    EXPECT_EQ(parse({"--alpha", "abc"}).error,
              QStringLiteral("leaky-relu-explorer: --alpha: 'abc' is not a number (alpha must be a "
                             "finite number from -10 to 10)"));
    EXPECT_TRUE(parse({"--theme", "blue"}).error.contains(QStringLiteral("light or dark")));
    EXPECT_TRUE(parse({"--size", "1x1"}).error.contains(QStringLiteral("16 to 8192")));
    const QString longValue(5000, QLatin1Char('9'));
    EXPECT_LT(parse({"--alpha", longValue}).error.size(), 200);
}

TEST(CommandLine, BoundariesAreAccepted)
{
    for (const QStringList &args : QList<QStringList>{{"--alpha", "-10"}, {"--alpha", "10"},
                                                      {"--x-min", "-1e6", "--x-max", "1e6"},
                                                      {"--x-min", "0", "--x-max", "0.000001"},
                                                      {"--size", "16x8192"}, {"--samples", "2"},
                                                      {"--samples", "1000000"}}) {
        EXPECT_FALSE(parse(args).exitNow) << args.join(' ').toStdString();
    }
}

TEST(CommandLine, HelpAndVersionExitCleanly)
{
    const auto help = parse({"--help"});
    EXPECT_TRUE(help.exitNow);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.output.contains(QStringLiteral("--export <FILE>")));
    EXPECT_TRUE(help.output.startsWith(QStringLiteral("Usage: leaky-relu-explorer")));
    EXPECT_FALSE(help.output.contains(QStringLiteral("print-state")));
    EXPECT_EQ(parse({"--version"}).exitCode, 0);
}

TEST(CommandLine, OptionsOverrideOnlyWhatTheyName)
{
    const lre::PlotParams saved{.alpha = 0.3, .xMin = -20, .xMax = 20, .showGradients = false};
    const auto o = parse({"--alpha", "0.05"}).options;
    const auto merged = o.paramsOver(saved);
    EXPECT_EQ(merged.alpha, 0.05);
    EXPECT_EQ(merged.xMin, -20);
    EXPECT_FALSE(merged.showGradients);
    // x-min 25 clashes with the saved x-max 20: it pairs with the default x-max instead.
    const auto clash = parse({"--x-min", "3"}).options.paramsOver({.xMin = -20, .xMax = 2});
    EXPECT_EQ(clash.xMin, 3);
    EXPECT_EQ(clash.xMax, 5);
}

} // namespace

namespace {

TEST(CommandLine, LabJsonAndScriptGoWithTheOtherLabOptions)
{
    const auto outcome = parse({"--lab-json", "run.JSON", "--lab-script", "lab.py", "--lab-csv", "lab.csv",
                                "--alpha", "2", "--lab-epochs", "30", "--lab-lr", "0.002"});
    ASSERT_FALSE(outcome.exitNow) << outcome.error.toStdString();
    EXPECT_EQ(outcome.options.labJsonPath, QStringLiteral("run.JSON"));
    EXPECT_EQ(outcome.options.labScriptPath, QStringLiteral("lab.py"));
    EXPECT_EQ(outcome.options.labCsvPath, QStringLiteral("lab.csv"));
    EXPECT_EQ(outcome.options.lab.alpha, 2.0);
    EXPECT_EQ(outcome.options.lab.epochs, 30);
    EXPECT_EQ(outcome.options.lab.learningRate, 0.002);
}

TEST(CommandLine, LabJsonAndScriptRefuseOtherExtensionsAndExport)
{
    for (const QStringList &args : QList<QStringList>{{"--lab-json", "run.txt"}, {"--lab-json", ""},
                                                      {"--lab-script", "lab.pyc"}, {"--lab-script", "lab"},
                                                      {"--lab-json", "a.json", "--export", "a.png"},
                                                      {"--lab-script", "a.py", "--export", "a.csv"},
                                                      {"--lab-json", "a.json", "--lab-json", "b.json"},
                                                      {"--lab-script", "a.py", "--lab-units", "3"}}) {
        const auto outcome = parse(args);
        EXPECT_TRUE(outcome.exitNow) << args.join(' ').toStdString();
        EXPECT_EQ(outcome.exitCode, lre::app::kExitUsage) << args.join(' ').toStdString();
        EXPECT_TRUE(outcome.error.startsWith(QStringLiteral("leaky-relu-explorer: --"))
                    || outcome.error.contains(QStringLiteral("lab options")))
            << outcome.error.toStdString();
    }
    EXPECT_EQ(parse({"--lab-script", "lab.pyc"}).error,
              QStringLiteral("leaky-relu-explorer: --lab-script: 'lab.pyc' must end in .py"));
}

} // namespace

namespace {

TEST(CommandLine, PinsAndPresentation)
{
    const auto none = parse({"--export", "a.png"});
    EXPECT_FALSE(none.options.pins.has_value());
    EXPECT_FALSE(none.options.presentation);
    const auto given = parse({"--export", "a.png", "--pin", "0.01,0.3,-2,0.01", "--presentation"});
    ASSERT_FALSE(given.exitNow) << given.error.toStdString();
    EXPECT_EQ(given.options.pins, (lre::Pins{0.01, 0.3, -2.0}));
    EXPECT_TRUE(given.options.presentation);
    EXPECT_EQ(parse({"--pin", ""}).options.pins, lre::Pins{}); // no pins: clears saved ones in the window
    for (const char *bad : {"x", "0.1;0.2", "1e9", "0,1,2,3,4,5,6", "inf"}) {
        const auto outcome = parse({"--export", "a.png", "--pin", bad});
        EXPECT_TRUE(outcome.exitNow) << bad;
        EXPECT_EQ(outcome.exitCode, lre::app::kExitUsage) << bad;
        EXPECT_TRUE(outcome.error.contains(QStringLiteral("--pin"))) << bad;
    }
}

} // namespace

namespace {

TEST(CommandLine, LineAndParagraphSeparatorsDoNotBreakTheMessage)
{
    const QString error = parse({"--theme", QStringLiteral("da\u2028rk\u2029")}).error;
    EXPECT_FALSE(error.contains(QChar::LineSeparator)) << error.toStdString();
    EXPECT_FALSE(error.contains(QChar::ParagraphSeparator)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("'da?rk?'"))) << error.toStdString();
}

TEST(CommandLine, LabCountsOutOfRangeNegativeOrInvalidSayWhich)
{
    EXPECT_EQ(parse({"--lab-units", "-3000000000"}).error,
              QStringLiteral("leaky-relu-explorer: --lab-units: '-3000000000' is out of range"));
    EXPECT_EQ(parse({"--lab-seed", "-1"}).error,
              QStringLiteral("leaky-relu-explorer: --lab-seed: '-1' must not be negative"));
    EXPECT_TRUE(parse({"--lab-units", "-4"}).error.startsWith(QStringLiteral("leaky-relu-explorer: lab options: ")));
    EXPECT_EQ(parse({"--lab-seed", "999999999"}).options.lab.seed, 999'999'999u);
}

TEST(CommandLine, LabCsvCannotGoWithExport)
{
    EXPECT_EQ(parse({"--lab-csv", "lab.csv", "--export", "a.png"}).error,
              QStringLiteral("leaky-relu-explorer: --lab-csv and --export cannot be used together"));
}

TEST(CommandLine, XMaxAloneBelowTheSavedXMinTakesTheDefaultXMin)
{
    const auto merged = parse({"--x-max", "-1"}).options.paramsOver({.xMin = 0, .xMax = 10});
    EXPECT_EQ(merged.xMin, -5);
    EXPECT_EQ(merged.xMax, -1);
}

TEST(CommandLine, ScaleAppliesToImageExportsOnly)
{
    for (const char *file : {"a.png", "a.jpg", "a.JPEG"}) {
        const auto outcome = parse({"--export", file, "--scale", "3"});
        ASSERT_FALSE(outcome.exitNow) << file << ": " << outcome.error.toStdString();
        EXPECT_EQ(outcome.options.scale, 3);
    }
    for (const char *file : {"a.svg", "a.pdf", "a.csv"})
        EXPECT_EQ(parse({"--export", file, "--scale", "2"}).error,
                  QStringLiteral("leaky-relu-explorer: --scale applies to --export with .png, .jpg or .jpeg"))
            << file;
    EXPECT_TRUE(parse({"--export", "a.png", "--scale", "4"}).exitNow);
}

TEST(CommandLine, TheExtensionIsWhatFollowsTheLastDot)
{
    const auto outcome = parse({"--export", "chart.v2.png"});
    EXPECT_FALSE(outcome.exitNow) << outcome.error.toStdString();
    EXPECT_TRUE(parse({"--export", "chart.png.txt"}).exitNow);
    EXPECT_EQ(parse({"--export", "chart.txt"}).error,
              QStringLiteral("leaky-relu-explorer: --export: 'chart.txt' must end in .png, .jpg, .jpeg, .svg, .pdf or .csv"));
}

TEST(CommandLine, HiddenOptionsSetOnlyTheirOwnFlag)
{
    const auto state = parse({"--print-state"}).options;
    EXPECT_TRUE(state.printState);
    EXPECT_FALSE(state.measureStartup);
    const auto startup = parse({"--measure-startup"}).options;
    EXPECT_TRUE(startup.measureStartup);
    EXPECT_FALSE(startup.printState);
}

} // namespace
