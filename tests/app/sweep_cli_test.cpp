// SPDX-License-Identifier: GPL-3.0-or-later
// --sweep on the real binary: the file equals the core's sweep, bad options change nothing.
#include "sweep.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sstream>

namespace {

struct SweepAppRun {
    int exitCode = -1;
    QString err;
};

SweepAppRun run_sweep_app(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(LRE_APP_PATH), args);
    process.waitForFinished(120'000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class SweepCli : public ::testing::Test {
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    QTemporaryDir dir;
};

TEST_F(SweepCli, LearningRateSweepWritesTheCoresRuns)
{
    const SweepAppRun run = run_sweep_app({"--sweep", "lr", "--sweep-csv", path("lr.csv"), "--sweep-seeds", "2",
                             "--sweep-steps", "3", "--sweep-lr-min", "0.01", "--sweep-lr-max", "0.5",
                             "--lab-epochs", "60", "--lab-units", "8", "--alpha", "0.2"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    lre::SweepSpec spec = lre::default_lr_sweep(0.2);
    spec.seeds = 2;
    spec.values = lre::log_spaced(0.01, 0.5, 3);
    spec.base.epochs = 60;
    spec.base.hiddenUnits = 8;
    std::ostringstream expected;
    lre::write_sweep_csv(expected, lre::run_sweep(spec));
    EXPECT_EQ(contents(path("lr.csv")).toStdString(), expected.str());
    EXPECT_EQ(contents(path("lr.csv")).count('\n'), 1 + 3 * 2 * 2);
}

TEST_F(SweepCli, AlphaSweepAtTheLabsLearningRateWithTheShiftedInit)
{
    const SweepAppRun run = run_sweep_app({"--sweep", "alpha", "--sweep-csv", path("a.csv"), "--sweep-alphas", "0,0.3,2",
                             "--sweep-seeds", "1", "--lab-lr", "0.01", "--lab-epochs", "40",
                             "--lab-init", "shifted"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    lre::SweepSpec spec = lre::default_alpha_sweep(0.01);
    spec.values = {0.0, 0.3, 2.0};
    spec.seeds = 1;
    spec.base.epochs = 40;
    spec.base.init = lre::LabInit::Shifted;
    std::ostringstream expected;
    lre::write_sweep_csv(expected, lre::run_sweep(spec));
    const QByteArray written = contents(path("a.csv"));
    EXPECT_EQ(written.toStdString(), expected.str());
    EXPECT_TRUE(written.contains("alpha,0,1,relu,0,0.01,"));
}

TEST_F(SweepCli, LearnedAlphaRunsBesideTheOthersWithItsFinalAlpha)
{
    const SweepAppRun run = run_sweep_app({"--sweep", "lr", "--sweep-csv", path("p.csv"), "--sweep-seeds", "2",
                             "--sweep-steps", "2", "--lab-epochs", "30", "--lab-units", "8", "--lab-prelu", "shared"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    lre::SweepSpec spec = lre::default_lr_sweep(lre::LabParams{}.alpha);
    spec.seeds = 2;
    spec.values = lre::log_spaced(1e-3, 0.3, 2);
    spec.base.epochs = 30;
    spec.base.hiddenUnits = 8;
    spec.base.prelu = lre::PreluMode::Shared;
    std::ostringstream expected;
    lre::write_sweep_csv(expected, lre::run_sweep(spec));
    const QByteArray written = contents(path("p.csv"));
    EXPECT_EQ(written.toStdString(), expected.str());
    EXPECT_EQ(written.count('\n'), 1 + 2 * 2 * 3);
    EXPECT_TRUE(written.startsWith(QByteArray(lre::kSweepCsvHeader) + ",final_alpha\n"));
    EXPECT_TRUE(written.contains(",prelu,"));
}

TEST_F(SweepCli, BadOptionsGiveExitTwoOneLineAndNoFile)
{
    const QList<QStringList> bad = {
        {"--sweep", "lr"},
        {"--sweep-csv", "f.csv"},
        {"--sweep", "beta", "--sweep-csv", "f.csv"},
        {"--sweep", "lr", "--sweep-csv", "f.txt"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--sweep-seeds", "0"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--sweep-seeds", "1001"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--sweep-steps", "1"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--sweep-lr-min", "0.5", "--sweep-lr-max", "0.1"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--sweep-lr-max", "2"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--sweep-lr-min", "abc"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--sweep-alphas", "0.1"},
        {"--sweep", "alpha", "--sweep-csv", "f.csv", "--sweep-steps", "4"},
        {"--sweep", "alpha", "--sweep-csv", "f.csv", "--sweep-alphas", "0.1,x"},
        {"--sweep", "alpha", "--sweep-csv", "f.csv", "--sweep-alphas", "11"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--lab-init", "glorot"},
        {"--sweep", "lr", "--sweep-csv", "f.csv", "--lab-seed", "999999999", "--sweep-seeds", "2"},
        {"--sweep-seeds", "3"},
    };
    for (QStringList args : bad) {
        const int csv = args.indexOf("f.csv");
        if (csv >= 0)
            args[csv] = path("f.csv");
        const SweepAppRun run = run_sweep_app(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(path("f.csv"))) << args.join(' ').toStdString();
    }
    const SweepAppRun unwritable = run_sweep_app({"--sweep", "lr", "--sweep-csv", path("no/dir/f.csv"), "--sweep-seeds", "1",
                                    "--sweep-steps", "2", "--lab-epochs", "5"});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("cannot write"))) << unwritable.err.toStdString();
}

} // namespace
