// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <gtest/gtest.h>

namespace {

lre::app::ParseOutcome parse(QStringList args)
{
    args.prepend(QStringLiteral("leaky-relu-explorer"));
    return lre::app::parse_command_line(args);
}

lre::SweepSpec sweep_of(QStringList args)
{
    const auto outcome = parse(args);
    EXPECT_FALSE(outcome.exitNow) << args.join(' ').toStdString() << ": " << outcome.error.toStdString();
    return outcome.options.sweep.spec;
}

QString error_of(const QStringList &args)
{
    const auto outcome = parse(args);
    EXPECT_TRUE(outcome.exitNow) << args.join(' ').toStdString();
    EXPECT_EQ(outcome.exitCode, lre::app::kExitUsage) << args.join(' ').toStdString();
    return outcome.error;
}

TEST(SweepOptions, AnLrSweepAtTheGivenAlphaFromHeInit)
{
    const auto outcome = parse({"--sweep", "lr", "--sweep-csv", "s.CSV", "--alpha", "0.3"});
    ASSERT_FALSE(outcome.exitNow) << outcome.error.toStdString();
    EXPECT_EQ(outcome.options.sweep.csvPath, QStringLiteral("s.CSV"));
    const lre::SweepSpec &spec = outcome.options.sweep.spec;
    EXPECT_EQ(spec.kind, lre::SweepKind::LearningRate);
    EXPECT_EQ(spec.base.alpha, 0.3);
    EXPECT_EQ(spec.base.init, lre::LabInit::He);
    EXPECT_EQ(spec.values, lre::default_lr_sweep(0.3).values);
    EXPECT_EQ(sweep_of({"--sweep", "lr", "--sweep-csv", "s.csv", "--lab-init", "shifted"}).base.init,
              lre::LabInit::Shifted);
    EXPECT_TRUE(parse({}).options.sweep.csvPath.isEmpty());
}

TEST(SweepOptions, SweepAndItsCsvGoTogether)
{
    for (const QStringList &args : QList<QStringList>{{"--sweep", "lr"}, {"--sweep-csv", "s.csv"}})
        EXPECT_EQ(error_of(args), QStringLiteral("leaky-relu-explorer: --sweep and --sweep-csv go together"));
    EXPECT_EQ(error_of({"--sweep-seeds", "5"}),
              QStringLiteral("leaky-relu-explorer: --sweep-seeds needs --sweep and --sweep-csv"));
    EXPECT_TRUE(error_of({"--sweep", "lr", "--sweep-csv", "s.csv", "--export", "a.png"})
                    .contains(QStringLiteral("--sweep-csv and --export cannot be used together")));
}

TEST(SweepOptions, SeedsStepsAndRatesAtTheirLimits)
{
    const QStringList lr{"--sweep", "lr", "--sweep-csv", "s.csv"};
    EXPECT_EQ(sweep_of(lr + QStringList{"--sweep-seeds", "1000"}).seeds, 1000);
    EXPECT_EQ(sweep_of(lr + QStringList{"--sweep-seeds", "1"}).seeds, 1);
    for (const char *bad : {"0", "1001", "2.5"})
        EXPECT_TRUE(error_of(lr + QStringList{"--sweep-seeds", bad}).contains(QStringLiteral("--sweep-seeds")));
    const lre::SweepSpec low = sweep_of(lr + QStringList{"--sweep-lr-min", "0.0001", "--sweep-lr-max", "1",
                                                         "--sweep-steps", "2"});
    EXPECT_EQ(low.values, (std::vector<double>{0.0001, 1.0}));
    EXPECT_EQ(sweep_of(lr + QStringList{"--sweep-steps", "200"}).values.size(), 200u);
    for (const char *bad : {"1", "201"})
        EXPECT_TRUE(error_of(lr + QStringList{"--sweep-steps", bad}).contains(QStringLiteral("--sweep-steps")));
    EXPECT_TRUE(error_of(lr + QStringList{"--sweep-lr-min", "0.00009"}).contains(QStringLiteral("--sweep-lr-min")));
    EXPECT_EQ(error_of(lr + QStringList{"--sweep-lr-min", "0.01", "--sweep-lr-max", "0.01"}),
              QStringLiteral("leaky-relu-explorer: --sweep-lr-min must be below --sweep-lr-max"));
}

TEST(SweepOptions, EachKindTakesOnlyItsOwnGridOptions)
{
    EXPECT_EQ(error_of({"--sweep", "lr", "--sweep-csv", "s.csv", "--sweep-alphas", "0.1"}),
              QStringLiteral("leaky-relu-explorer: --sweep-alphas applies to --sweep alpha"));
    EXPECT_EQ(error_of({"--sweep", "alpha", "--sweep-csv", "s.csv", "--sweep-steps", "4"}),
              QStringLiteral("leaky-relu-explorer: --sweep-steps applies to --sweep lr"));
    const lre::SweepSpec alphas
        = sweep_of({"--sweep", "alpha", "--sweep-csv", "s.csv", "--sweep-alphas", "0, 0.1 ,-2", "--lab-lr", "0.05"});
    EXPECT_EQ(alphas.kind, lre::SweepKind::Alpha);
    EXPECT_EQ(alphas.values, (std::vector<double>{0.0, 0.1, -2.0}));
    EXPECT_EQ(alphas.base.learningRate, 0.05);
}

TEST(SweepOptions, LearnedAlphaStartNeedsTheLearnedNetwork)
{
    const auto given = parse({"--lab-prelu", "shared", "--lab-prelu-start", "0.25"});
    ASSERT_FALSE(given.exitNow) << given.error.toStdString();
    EXPECT_EQ(given.options.lab.prelu, lre::PreluMode::Shared);
    EXPECT_EQ(given.options.lab.preluStart, lre::PreluStart::PyTorchDefault);
    EXPECT_EQ(error_of({"--lab-prelu-start", "0.25"}),
              QStringLiteral("leaky-relu-explorer: --lab-prelu-start needs --lab-prelu shared or per-unit"));
}

} // namespace
