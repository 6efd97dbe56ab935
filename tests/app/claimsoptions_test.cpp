// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <gtest/gtest.h>

namespace {

lre::app::ParseOutcome parse(QStringList args)
{
    args.prepend(QStringLiteral("leaky-relu-explorer"));
    return lre::app::parse_command_line(args);
}

TEST(ClaimsOptions, ReadsTheReportTheCsvAndTheTrials)
{
    const auto outcome = parse({"--claims-report", "r.MD", "--born-dead-csv", "b.csv", "--born-dead-trials", "250",
                                "--alpha", "0"});
    ASSERT_FALSE(outcome.exitNow) << outcome.error.toStdString();
    EXPECT_EQ(outcome.options.claims.reportPath, "r.MD");
    EXPECT_EQ(outcome.options.claims.bornDeadCsvPath, "b.csv");
    EXPECT_EQ(outcome.options.claims.bornDeadTrials, 250);
    EXPECT_TRUE(outcome.options.claims.any());
    EXPECT_EQ(outcome.options.alpha, 0.0);
}

TEST(ClaimsOptions, DefaultsAndNothingAsked)
{
    const auto outcome = parse({"--born-dead-csv", "b.csv"});
    ASSERT_FALSE(outcome.exitNow);
    EXPECT_EQ(outcome.options.claims.bornDeadTrials, 10'000);
    EXPECT_FALSE(parse({}).options.claims.any());
}

TEST(ClaimsOptions, RefusalsNameTheOptionOnOneLine)
{
    const QList<std::pair<QStringList, QString>> bad = {
        {{"--claims-report", "r.txt"}, "--claims-report"},
        {{"--born-dead-csv", "b.json"}, "--born-dead-csv"},
        {{"--born-dead-csv", "b.csv", "--born-dead-trials", "0"}, "--born-dead-trials"},
        {{"--born-dead-csv", "b.csv", "--born-dead-trials", "1e7"}, "--born-dead-trials"},
        {{"--born-dead-trials", "5"}, "--born-dead-trials"},
        {{"--claims-report", "r.md", "--export", "x.png"}, "--export"},
    };
    for (const auto &[args, named] : bad) {
        const auto outcome = parse(args);
        EXPECT_TRUE(outcome.exitNow) << args.join(' ').toStdString();
        EXPECT_EQ(outcome.exitCode, lre::app::kExitUsage);
        EXPECT_TRUE(outcome.error.contains(named)) << outcome.error.toStdString();
        EXPECT_FALSE(outcome.error.contains('\n'));
    }
    // The largest accepted count is accepted.
    EXPECT_FALSE(parse({"--born-dead-csv", "b.csv", "--born-dead-trials", "1000000"}).exitNow);
}

} // namespace

namespace {

TEST(ClaimsOptions, TrialsAreAWholeNumberFromOneAndTheCsvAloneTakesThem)
{
    const auto one = parse({"--born-dead-csv", "b.csv", "--born-dead-trials", "1"});
    ASSERT_FALSE(one.exitNow) << one.error.toStdString();
    EXPECT_EQ(one.options.claims.bornDeadTrials, 1);
    EXPECT_TRUE(parse({"--born-dead-csv", "b.csv", "--born-dead-trials", "2.5"}).error.contains("--born-dead-trials"));
    EXPECT_EQ(parse({"--claims-report", "r.json", "--born-dead-trials", "7"}).options.claims.bornDeadTrials, 7);
}

TEST(ClaimsOptions, TheBornDeadCsvCannotGoWithExport)
{
    EXPECT_EQ(parse({"--born-dead-csv", "b.csv", "--export", "x.png"}).error,
              QStringLiteral("leaky-relu-explorer: --claims-report and --born-dead-csv cannot be used with --export"));
}

} // namespace
