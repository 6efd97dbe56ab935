// SPDX-License-Identifier: GPL-3.0-or-later
// The edges of what the claims rest on: the verdict rules at their margins, the born-dead table's
// counts and CSV, and the unit counts of hand-made networks.
#include "borndead.h"
#include "labclaims.h"
#include "verdicts.h"

#include "samples.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>

namespace {

using lre::Verdict;

TEST(Verdicts, AMeasurementExactlyAtItsMarginCounts)
{
    lre::DyingMeasures m;
    m.bornDeadGap = 0.01; // exactly the 1-point floor
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Supported);
    m.bornDeadGap = -0.01;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Backwards);
}

TEST(Verdicts, EightOfTenSeedsRoundsUp)
{
    lre::DyingMeasures m;
    m.recoveryDeadRelu = 0.5;
    m.recoveryDeadLeaky = 0.25;
    m.seeds = 3; // 8 of 10 of 3 seeds is 2.4: all 3 are needed
    m.seedsLeakyFewerDead = 2;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::NotSupported);
    m.seedsLeakyFewerDead = 3;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Supported);
}

TEST(Verdicts, EveryVerdictHasItsText)
{
    EXPECT_EQ(lre::verdict_text(Verdict::Supported), "supported");
    EXPECT_EQ(lre::verdict_text(Verdict::PartlySupported), "partly supported");
    EXPECT_EQ(lre::verdict_text(Verdict::NotSupported), "not supported");
    EXPECT_EQ(lre::verdict_text(Verdict::Backwards), "backwards");
    EXPECT_EQ(lre::verdict_text(Verdict::NotMeasured), "not measured yet");
}

lre::BornDeadParams deep_narrow(int trials)
{
    lre::BornDeadParams p;
    p.trials = trials;
    p.widths = {2};
    p.depths = {2, 50};
    return p;
}

TEST(BornDead, EveryTrialCountedOnceEvenInAPartialBlock)
{
    // Width 2 at depth 50 is dead in nearly every network: the count shows how many ran.
    const lre::BornDeadTable table = lre::run_born_dead(deep_narrow(260));
    const lre::BornDeadCell *deep = table.find(2, 50);
    ASSERT_NE(deep, nullptr);
    EXPECT_EQ(deep->trials, 260);
    EXPECT_GT(deep->deadRelu, 250);
    EXPECT_LE(deep->deadRelu, 260);
    const lre::BornDeadTable few = lre::run_born_dead(deep_narrow(10));
    for (const lre::BornDeadCell &c : few.cells) {
        EXPECT_LE(c.deadRelu, 10);
        EXPECT_LE(c.deadReluHalfLine, 10);
    }
}

TEST(BornDead, CsvRowsCarryTheirOwnNetworksFigures)
{
    lre::BornDeadParams p = deep_narrow(400);
    p.alpha = 0.0; // both columns dead in most deep networks, neither all
    const lre::BornDeadTable table = lre::run_born_dead(p);
    std::ostringstream out;
    lre::write_born_dead_csv(out, table);
    std::string expected = std::string(lre::kBornDeadCsvHeader) + "\n";
    for (const lre::BornDeadCell &c : table.cells) {
        expected += std::to_string(c.width) + "," + std::to_string(c.depth) + ",relu,0,400,"
            + std::to_string(c.deadRelu) + "," + lre::format_double(static_cast<double>(c.deadRelu) / 400) + ","
            + lre::format_double(lre::binomial_standard_error(c.deadRelu, 400)) + "\n";
        expected += std::to_string(c.width) + "," + std::to_string(c.depth) + ",leaky_relu,0,400,"
            + std::to_string(c.deadLeaky) + "," + lre::format_double(static_cast<double>(c.deadLeaky) / 400) + ","
            + lre::format_double(lre::binomial_standard_error(c.deadLeaky, 400)) + "\n";
    }
    EXPECT_EQ(out.str(), expected);
    // Different relu and leaky figures in some cell, or the test above tells nothing.
    p.alpha = 0.1;
    const lre::BornDeadTable leakyTable = lre::run_born_dead(p);
    std::ostringstream leaky;
    lre::write_born_dead_csv(leaky, leakyTable);
    const std::string text = leaky.str();
    const lre::BornDeadCell *shallow = leakyTable.find(2, 2);
    ASSERT_GT(shallow->deadRelu, 0);
    ASSERT_LT(shallow->deadRelu, 400);
    EXPECT_NE(text.find("2,2,relu,0,400," + std::to_string(shallow->deadRelu) + ","
                        + lre::format_double(shallow->fractionRelu()) + ","
                        + lre::format_double(shallow->standardErrorRelu()) + "\n"),
              std::string::npos)
        << text;
}

TEST(BornDead, ReluHalfLineCountsDoNotDependOnAlpha)
{
    // At alpha 0 the Leaky networks die with the ReLU ones, so trials end early: the half-line
    // counts of the deeper layers must still be those of alpha 0.1, where no trial ends early.
    lre::BornDeadParams p;
    p.trials = 500;
    p.widths = {2, 3};
    p.alpha = 0.0;
    const lre::BornDeadTable zero = lre::run_born_dead(p);
    p.alpha = 0.1;
    const lre::BornDeadTable leaky = lre::run_born_dead(p);
    ASSERT_EQ(zero.cells.size(), leaky.cells.size());
    for (std::size_t i = 0; i < zero.cells.size(); ++i) {
        EXPECT_EQ(zero.cells[i].deadReluHalfLine, leaky.cells[i].deadReluHalfLine)
            << zero.cells[i].width << "x" << zero.cells[i].depth;
        EXPECT_EQ(zero.cells[i].deadRelu, leaky.cells[i].deadRelu);
    }
    EXPECT_GT(zero.find(2, 50)->deadReluHalfLine, 0);
}

lre::LabNetwork relu_network(std::initializer_list<double> w, std::initializer_list<double> b,
                             std::initializer_list<double> v, double alpha = 0.0)
{
    lre::LabNetwork network(static_cast<int>(w.size()), alpha);
    std::ranges::copy(w, network.inputWeights().begin());
    std::ranges::copy(b, network.hiddenBiases().begin());
    std::ranges::copy(v, network.outputWeights().begin());
    return network;
}

TEST(UnitStats, APreActivationOfExactlyZeroHasZeroDerivative)
{
    // ReLU's derivative at 0 is PyTorch's and the lab's: 0.
    const lre::UnitStats s = lre::unit_stats(relu_network({1.0}, {0.0}, {1.0}), lre::LabData{{0.0, 1.0}, {0.0, 1.0}});
    EXPECT_EQ(s.zeroDerivative, 0.5);
    EXPECT_EQ(s.zeroActivation, 0.5);
}

TEST(UnitStats, NearZeroIsWithinOnePercentOfTheLargestMagnitude)
{
    // Leaky ReLU at 0.5: the unit w = -20 gives -10 and -20, the largest magnitude; 1% of it is
    // 0.2, which the unit w = 0.1 reaches at x = 2 (0.2) and passes under at x = 1 (0.1).
    const lre::UnitStats s
        = lre::unit_stats(relu_network({-20.0, 0.1}, {0.0, 0.0}, {1.0, 1.0}, 0.5), lre::LabData{{1.0, 2.0}, {0.0, 0.0}});
    EXPECT_EQ(s.nearZeroActivation, 0.5);
    // A silent layer: every activation is 0, and 0 is within 1% of 0.
    const lre::UnitStats dead = lre::unit_stats(relu_network({-1.0, -2.0}, {0.0, 0.0}, {1.0, 1.0}), lre::LabData{{1.0, 2.0}, {0.0, 0.0}});
    EXPECT_EQ(dead.zeroActivation, 1.0);
    EXPECT_EQ(dead.nearZeroActivation, 1.0);
    EXPECT_EQ(dead.noGradientUnits, 1.0);
}

TEST(UnitStats, AnActiveUnitWithOutputWeightZeroStillLearns)
{
    // v = 0: no gradient reaches w and b, but v's own gradient is a * error, not 0.
    const lre::UnitStats s = lre::unit_stats(relu_network({1.0}, {0.0}, {0.0}), lre::LabData{{1.0, 2.0}, {1.0, 1.0}});
    EXPECT_EQ(s.noGradientUnits, 0.0);
}

TEST(UnitStats, LeakyStartIsMeasuredWithItsAlpha)
{
    lre::LabParams params;
    params.epochs = 2;
    params.hiddenUnits = 16;
    const lre::LabSeedMeasure m = lre::measure_lab_seed(params, 1);
    EXPECT_GT(m.reluStart.zeroDerivative, 0.0); // biases at -2.5: many ReLU units start silent
    EXPECT_EQ(m.leakyStart.zeroDerivative, 0.0);
    EXPECT_EQ(m.leakyStart.zeroActivation, 0.0);
}

TEST(UnitStats, SpreadOverSeeds)
{
    std::vector<lre::LabSeedMeasure> seeds(3);
    seeds[0].reluEnd.loss = 1.0;
    seeds[1].reluEnd.loss = 2.0;
    seeds[2].reluEnd.loss = 6.0;
    const lre::Spread s = lre::spread_of(seeds, &lre::UnitStats::loss, &lre::LabSeedMeasure::reluEnd);
    EXPECT_EQ(s.count, 3);
    EXPECT_EQ(s.mean, 3.0);
    EXPECT_EQ(s.min, 1.0);
    EXPECT_EQ(s.max, 6.0);
    // Sample variance (4 + 1 + 9) / 2 = 7; standard error sqrt(7 / 3).
    EXPECT_DOUBLE_EQ(s.standardError, std::sqrt(7.0 / 3.0));
    EXPECT_EQ(lre::spread_of({}, &lre::UnitStats::loss, &lre::LabSeedMeasure::reluEnd).count, 0);
}

} // namespace
