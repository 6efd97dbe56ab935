// SPDX-License-Identifier: GPL-3.0-or-later
#include "borndead.h"
#include "claimsreport.h"
#include "claimswording.h"
#include "labclaims.h"
#include "sweep.h"
#include "verdicts.h"

#include <gtest/gtest.h>
#include <tbb/global_control.h>

#include <algorithm>
#include <cctype>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <regex>
#include <set>
#include <sstream>

namespace {

using lre::Verdict;

lre::BornDeadTable small_table(double alpha, int trials = 4000)
{
    lre::BornDeadParams p;
    p.alpha = alpha;
    p.trials = trials;
    return lre::run_born_dead(p);
}

TEST(BornDead, MatchesTheExactValuesAtDepthTwoWithinFourStandardErrors)
{
    const lre::BornDeadTable table = small_table(0.1, 10'000);
    for (int width : {2, 3, 4, 5, 10}) {
        const lre::BornDeadCell *cell = table.find(width, 2);
        ASSERT_NE(cell, nullptr);
        const double exact = lre::born_dead_exact_relu(width, 2);
        const double se = std::sqrt(exact * (1 - exact) / cell->trials);
        EXPECT_NEAR(cell->fractionRelu(), exact, 4 * se + 1e-12) << "width " << width;
    }
    EXPECT_DOUBLE_EQ(lre::born_dead_exact_relu(2, 2), 5.0 / 32.0);
    EXPECT_EQ(lre::born_dead_exact_relu(3, 1), 0.0);
}

TEST(BornDead, HalfLineMatchesItsExactLawAndBoundsBornDead)
{
    const lre::BornDeadTable table = small_table(0.1, 10'000);
    for (const lre::BornDeadCell &c : table.cells) {
        const double exact = lre::born_dead_half_line(c.width, c.depth);
        const double se = std::sqrt(exact * (1 - exact) / c.trials);
        EXPECT_NEAR(static_cast<double>(c.deadReluHalfLine) / c.trials, exact, 4 * se + 1e-12)
            << c.width << "x" << c.depth;
        EXPECT_LE(c.deadRelu, c.deadReluHalfLine); // dead on [-1, 1] needs dead at +1
        EXPECT_LE(c.fractionRelu(), exact + 4 * se + 1e-12);
        // The reported standard error is the binomial one.
        EXPECT_DOUBLE_EQ(c.standardErrorRelu(), std::sqrt(c.fractionRelu() * (1 - c.fractionRelu()) / c.trials));
    }
}

TEST(BornDead, DeeperNetworksDieMoreAndLeakyNetworksNever)
{
    const lre::BornDeadTable table = small_table(0.1);
    ASSERT_EQ(table.cells.size(), 35u);
    EXPECT_TRUE(table.complete);
    for (int width : {2, 3, 4, 5, 10}) {
        int previous = -1;
        for (int depth : {2, 3, 5, 10, 20, 30, 50}) {
            const lre::BornDeadCell *c = table.find(width, depth);
            EXPECT_GE(c->deadRelu, previous); // nested networks: a dead prefix stays dead
            previous = c->deadRelu;
            EXPECT_EQ(c->deadLeaky, 0);
        }
    }
    EXPECT_GT(table.find(2, 50)->fractionRelu(), 0.99);
}

TEST(BornDead, AlphaZeroGivesTheReluColumnAndReluDoesNotDependOnAlpha)
{
    const lre::BornDeadTable leaky = small_table(0.1, 1000);
    const lre::BornDeadTable zero = small_table(0.0, 1000);
    for (std::size_t i = 0; i < zero.cells.size(); ++i) {
        EXPECT_EQ(zero.cells[i].deadLeaky, zero.cells[i].deadRelu);
        EXPECT_EQ(zero.cells[i].deadRelu, leaky.cells[i].deadRelu);
    }
}

TEST(BornDead, SameTableWhateverTheThreadCount)
{
    const lre::BornDeadTable many = small_table(0.1, 1000);
    lre::BornDeadTable one;
    {
        tbb::global_control control(tbb::global_control::max_allowed_parallelism, 1);
        one = small_table(0.1, 1000);
    }
    std::ostringstream a, b;
    lre::write_born_dead_csv(a, many);
    lre::write_born_dead_csv(b, one);
    EXPECT_EQ(a.str(), b.str());
}

TEST(BornDead, CancelledTableSaysSo)
{
    lre::BornDeadParams p;
    const lre::BornDeadTable table = lre::run_born_dead(p, [] { return false; });
    EXPECT_FALSE(table.complete);
}

TEST(BornDead, CsvHasTwoRowsPerCell)
{
    lre::BornDeadParams p;
    p.trials = 10;
    p.widths = {2};
    p.depths = {2};
    std::ostringstream out;
    lre::write_born_dead_csv(out, lre::run_born_dead(p));
    const std::string text = out.str();
    EXPECT_EQ(text.rfind(std::string(lre::kBornDeadCsvHeader) + "\n", 0), 0u);
    EXPECT_NE(text.find("\n2,2,relu,0,10,"), std::string::npos);
    EXPECT_NE(text.find("\n2,2,leaky_relu,0.1,10,0,0,0\n"), std::string::npos);
}

TEST(UnitStats, CountsZerosOfAHandMadeNetwork)
{
    // Two units: one always active on x in {1, 2}, one always negative.
    lre::LabNetwork relu(2, 0.0);
    relu.inputWeights()[0] = 1.0;
    relu.inputWeights()[1] = -1.0;
    relu.outputWeights()[0] = 1.0;
    relu.outputWeights()[1] = 1.0;
    lre::LabNetwork leaky(2, 0.5);
    std::ranges::copy(relu.parameters(), leaky.parameters().begin());
    const lre::LabData data{{1.0, 2.0}, {0.0, 0.0}};
    const lre::UnitStats r = lre::unit_stats(relu, data);
    EXPECT_EQ(r.zeroDerivative, 0.5);
    EXPECT_EQ(r.zeroActivation, 0.5);
    EXPECT_EQ(r.noGradientUnits, 0.5);
    EXPECT_EQ(r.deadFraction, 0.5);
    EXPECT_EQ(r.nearZeroActivation, 0.5);
    const lre::UnitStats l = lre::unit_stats(leaky, data);
    EXPECT_EQ(l.zeroDerivative, 0.0);
    EXPECT_EQ(l.zeroActivation, 0.0);
    EXPECT_EQ(l.noGradientUnits, 0.0);
    EXPECT_EQ(l.nearZeroActivation, 0.0); // |-0.5| and |-1| are well above 1% of 2
}

// --- the verdict rules, each threshold from both sides -----------------------------------

TEST(Verdicts, Dying)
{
    lre::DyingMeasures m;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::NotMeasured);
    m.bornDeadGap = 0.011;
    m.bornDeadGapError = 0.001;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Supported);
    m.bornDeadGap = 0.009; // below the 1-point floor
    EXPECT_EQ(lre::dying_verdict(m), Verdict::NotSupported);
    m.bornDeadGap = 0.05;
    m.bornDeadGapError = 0.017; // 3 SE = 0.051 > gap
    EXPECT_EQ(lre::dying_verdict(m), Verdict::NotSupported);
    m.bornDeadGapError = 0.016;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Supported);
    m.bornDeadGap = -0.05;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Backwards);
    m.bornDeadGap = 0.5;
    m.bornDeadGapError = 0.0;
    m.recoveryDeadRelu = 0.5;
    m.recoveryDeadLeaky = 0.4375; // 6.25 points fewer
    m.seeds = 10;
    m.seedsLeakyFewerDead = 8;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Supported);
    m.seedsLeakyFewerDead = 7;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::PartlySupported);
    m.seedsLeakyFewerDead = 10;
    m.recoveryDeadLeaky = 0.453125; // 4.7 points fewer
    EXPECT_EQ(lre::dying_verdict(m), Verdict::PartlySupported);
    m.recoveryDeadLeaky = 0.5625;
    m.seedsReluFewerDead = 8;
    m.seedsLeakyFewerDead = 0;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::PartlySupported); // born dead for, recovery against
    m.bornDeadGap = 0.0;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Backwards);
    m.highRateDeadRelu = 0.5;
    m.highRateDeadLeaky = 0.4375;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::PartlySupported);
    m.highRateDeadLeaky = 0.453125;
    EXPECT_EQ(lre::dying_verdict(m), Verdict::Backwards);
}

TEST(Verdicts, Gradient)
{
    lre::GradientMeasures m{.zeroDerivativeReluEnd = 0.05, .zeroDerivativeLeakyEnd = 0.0,
                            .zeroDerivativeLeakyMax = 0.0, .noGradientLeakyMax = 0.0};
    EXPECT_EQ(lre::gradient_verdict(m), Verdict::Supported);
    m.zeroDerivativeReluEnd = 0.049;
    EXPECT_EQ(lre::gradient_verdict(m), Verdict::NotSupported);
    m.zeroDerivativeReluEnd = 0.5;
    m.noGradientLeakyMax = 0.01;
    EXPECT_EQ(lre::gradient_verdict(m), Verdict::PartlySupported);
    m.noGradientLeakyMax = 0.0;
    m.zeroDerivativeLeakyMax = 0.01;
    m.zeroDerivativeLeakyEnd = 0.01;
    EXPECT_EQ(lre::gradient_verdict(m), Verdict::PartlySupported);
    m.zeroDerivativeLeakyEnd = 0.46875;
    EXPECT_EQ(lre::gradient_verdict(m), Verdict::NotSupported);
    m.zeroDerivativeLeakyEnd = 0.5625;
    EXPECT_EQ(lre::gradient_verdict(m), Verdict::Backwards);
    m.zeroDerivativeLeakyEnd = 0.53125;
    EXPECT_EQ(lre::gradient_verdict(m), Verdict::NotSupported);
}

TEST(Verdicts, Sensitivity)
{
    EXPECT_EQ(lre::sensitivity_verdict(std::nullopt), Verdict::NotMeasured);
    lre::SensitivityMeasures m{.windowDecadesRelu = 1.0, .windowDecadesLeaky = 1.25, .divergedRelu = 3,
                               .divergedLeaky = 3, .runsPerActivation = 100, .alphaLossRatio = 2.0};
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::Supported);
    m.alphaLossRatio = 2.01;
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::PartlySupported);
    m.alphaLossRatio = 1.0;
    m.windowDecadesLeaky = 1.24;
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::NotSupported);
    m.divergedRelu = 8;
    m.divergedLeaky = 3; // 5 of 100 runs fewer
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::Supported);
    m.divergedLeaky = 4; // 4 of 100: within the margin
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::NotSupported);
    m.divergedRelu = 3;
    m.divergedLeaky = 8;
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::Backwards);
    m.windowDecadesLeaky = 1.25;
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::PartlySupported); // wider, but diverges more
    m.divergedLeaky = 7; // 4 of 100 more: within the margin
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::Supported);
    m.divergedLeaky = 3;
    m.windowDecadesLeaky = 0.75;
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::Backwards);
    m.windowDecadesLeaky = 0.76;
    EXPECT_EQ(lre::sensitivity_verdict(m), Verdict::NotSupported);
}

TEST(Verdicts, Sparsity)
{
    lre::SparsityMeasures m{.zeroReluEnd = 0.5, .zeroLeakyEnd = 0.0, .nearZeroLeakyEnd = 0.4375};
    EXPECT_EQ(lre::sparsity_verdict(m), Verdict::Backwards);
    m.nearZeroLeakyEnd = 0.46875;
    EXPECT_EQ(lre::sparsity_verdict(m), Verdict::PartlySupported);
    m.zeroLeakyEnd = 0.46875;
    EXPECT_EQ(lre::sparsity_verdict(m), Verdict::NotSupported);
    m.zeroLeakyEnd = 0.5625;
    EXPECT_EQ(lre::sparsity_verdict(m), Verdict::Supported);
    m.zeroLeakyEnd = 0.53125;
    EXPECT_EQ(lre::sparsity_verdict(m), Verdict::NotSupported);
    EXPECT_EQ(lre::verdict_text(Verdict::Backwards), "backwards");
}

TEST(Sensitivity, WindowDivergedAndAlphaRatioFromRuns)
{
    std::vector<lre::SweepOutcome> rate;
    // ReLU: best 0.1 at rate 0.01, within 2x at 0.001 and 0.01 only; Leaky within 2x everywhere.
    const double rates[] = {0.001, 0.01, 0.1};
    const double reluLoss[] = {0.2, 0.1, 0.5};
    for (int i = 0; i < 3; ++i) {
        for (int seed = 0; seed < 3; ++seed) {
            rate.push_back({rates[i], 0.0, true, reluLoss[i], 0.0, i == 2 && seed == 0});
            rate.push_back({rates[i], 0.1, false, 0.1, 0.0, false});
        }
    }
    std::vector<lre::SweepOutcome> alpha{{0.02, 0.01, false, 0.1, 0, false}, {0.02, 0.3, false, 0.3, 0, false},
                                         {0.02, 1.0, false, 9.0, 0, false}};
    const lre::SensitivityMeasures m = lre::sensitivity_from_runs(rate, alpha);
    EXPECT_DOUBLE_EQ(m.windowDecadesRelu, 1.0);
    EXPECT_DOUBLE_EQ(m.windowDecadesLeaky, 2.0);
    EXPECT_EQ(m.divergedRelu, 1);
    EXPECT_EQ(m.divergedLeaky, 0);
    EXPECT_EQ(m.runsPerActivation, 9);
    EXPECT_DOUBLE_EQ(m.alphaLossRatio, 3.0); // alpha 1 is outside [0.01, 0.3]
}

// --- the lab measurements and the cards ----------------------------------------------------

lre::ClaimsReport lab_report(double alpha)
{
    lre::ClaimsReport report;
    report.appVersion = "test";
    report.alpha = alpha;
    report.labParams.lab.alpha = alpha;
    report.labParams.seeds = {1, 2, 3};
    report.lab = lre::measure_lab_seeds(report.labParams);
    lre::BornDeadParams p;
    p.alpha = alpha;
    p.trials = 300;
    report.bornDead = lre::run_born_dead(p);
    report.sensitivity = lre::run_claims_sensitivity(alpha);
    return report;
}

TEST(ClaimCards, DefaultAlphaVerdictsFollowTheNumbers)
{
    const lre::ClaimsReport report = lab_report(0.1);
    ASSERT_EQ(report.lab->size(), 3u);
    const auto cards = lre::claim_cards(report);
    EXPECT_EQ(cards[0].verdict, lre::dying_verdict(lre::dying_measures(report)));
    EXPECT_EQ(cards[0].verdict, Verdict::Supported);
    EXPECT_EQ(cards[1].verdict, Verdict::Supported);
    EXPECT_EQ(cards[3].verdict, Verdict::Backwards);
    EXPECT_NE(cards[3].reason.find("ReLU is the sparse one"), std::string::npos);
    EXPECT_EQ(cards[2].verdict, lre::sensitivity_verdict(report.sensitivity->measures));
    for (const auto &card : cards) {
        EXPECT_FALSE(card.rule.empty());
        EXPECT_FALSE(card.numbers.empty());
    }
}

TEST(ClaimCards, ClaimThreeSaysWhereTheLearnedAlphaEnded)
{
    const lre::SensitivityRun run = lre::run_claims_sensitivity(0.1);
    ASSERT_TRUE(run.measures);
    ASSERT_TRUE(run.learnedAlpha);
    // The same learning-rate sweep with the learned network, summarized by the core.
    lre::SweepSpec spec = lre::default_lr_sweep(0.1);
    spec.seeds = 4;
    spec.base.prelu = lre::PreluMode::Shared;
    const lre::SweepResult result = lre::run_sweep(spec);
    const lre::SweepSummary summary = lre::summarize(result);
    const auto index = lre::learned_alpha_point(summary.prelu);
    ASSERT_TRUE(index);
    const lre::SweepPoint *best = &summary.prelu[*index];
    EXPECT_LE(2 * best->diverged, best->runs);
    const lre::LearnedAlphaEnd &a = *run.learnedAlpha;
    EXPECT_EQ(a.startAlpha, 0.1);
    EXPECT_EQ(a.learningRate, best->value);
    EXPECT_EQ(a.seeds, 4);
    EXPECT_EQ(a.finished, best->runs - best->diverged);
    EXPECT_EQ(a.median, best->medianAlpha);
    EXPECT_EQ(a.q1, best->alphaQ1);
    EXPECT_EQ(a.q3, best->alphaQ3);
    // The learned runs stay out of claim 3's rule: the measures are those of ReLU and Leaky ReLU.
    EXPECT_EQ(run.measures->runsPerActivation, 16 * 4);

    lre::ClaimsReport report;
    report.alpha = 0.1;
    report.sensitivity = run;
    const lre::ClaimCard card = lre::claim_cards(report)[2];
    const auto line = std::ranges::find_if(card.numbers, [](const std::string &text) {
        return text.starts_with("Learned alpha");
    });
    ASSERT_NE(line, card.numbers.end());
    char expected[160];
    std::snprintf(expected, sizeof expected, "ended at median %.3g (quartiles %.3g to %.3g) over %d of 4 seeds.",
                  a.median, a.q1, a.q3, a.finished);
    EXPECT_NE(line->find(expected), std::string::npos) << *line;
    std::ostringstream json;
    lre::write_claims_json(json, report);
    EXPECT_NE(json.str().find("\"learned_alpha\": {\"mode\": \"shared\", \"start\": 0.1"), std::string::npos);
    // Without the learned network's numbers the card has no such line.
    report.sensitivity->learnedAlpha.reset();
    const lre::ClaimCard without = lre::claim_cards(report)[2];
    for (const std::string &text : without.numbers)
        EXPECT_FALSE(text.starts_with("Learned alpha"));
}

TEST(ClaimCards, AlphaZeroMakesEveryLeakyFigureTheReluFigureAndTheCardsSaySo)
{
    const lre::ClaimsReport report = lab_report(0.0);
    for (const lre::LabSeedMeasure &m : *report.lab) {
        EXPECT_EQ(m.leakyEnd.loss, m.reluEnd.loss);
        EXPECT_EQ(m.leakyEnd.zeroActivation, m.reluEnd.zeroActivation);
        EXPECT_EQ(m.leakyStart.zeroDerivative, m.reluStart.zeroDerivative);
        EXPECT_EQ(m.leakyEnd.noGradientUnits, m.reluEnd.noGradientUnits);
    }
    const auto cards = lre::claim_cards(report);
    for (int i : {0, 1, 3}) {
        EXPECT_EQ(cards[i].verdict, Verdict::NotSupported) << i;
        EXPECT_NE(cards[i].reason.find("alpha = 0"), std::string::npos) << i;
    }
}

TEST(ClaimCards, WaitingCardsSaySo)
{
    lre::ClaimsReport report;
    const auto cards = lre::claim_cards(report);
    for (const auto &card : cards)
        EXPECT_EQ(card.verdict, Verdict::NotMeasured);
    report.sensitivity = lre::SensitivityRun{.measures = std::nullopt, .highRate = 0, .highRateDeadRelu = std::nullopt,
                                             .highRateDeadLeaky = 0, .setup = {}, .unavailable = "no sweeps here",
                                             .learnedAlpha = std::nullopt};
    EXPECT_NE(lre::claim_cards(report)[2].reason.find("no sweeps here"), std::string::npos);
}

TEST(ClaimsReport, SameReportSameFiles)
{
    const lre::ClaimsReport a = lab_report(0.1);
    const lre::ClaimsReport b = lab_report(0.1);
    std::ostringstream ma, mb, ja, jb;
    lre::write_claims_markdown(ma, a);
    lre::write_claims_markdown(mb, b);
    lre::write_claims_json(ja, a);
    lre::write_claims_json(jb, b);
    EXPECT_EQ(ma.str(), mb.str());
    EXPECT_EQ(ja.str(), jb.str());
    EXPECT_NE(ja.str().find("\"format\": \"leaky-relu-explorer/claims\""), std::string::npos);
    EXPECT_NE(ma.str().find("seeds 1-3"), std::string::npos);
    EXPECT_NE(ma.str().find("300 networks per cell"), std::string::npos);
}

// --- the cards' wording ------------------------------------------------------------------------

TEST(ClaimsWording, FillPutsEachArgumentWhereItsNumberIsInAnyOrder)
{
    EXPECT_EQ(lre::fill("%2 vor %1, %2", {"a", "b"}), "b vor a, b");
    EXPECT_EQ(lre::fill("%1%", {"12.5"}), "12.5%");
    EXPECT_EQ(lre::fill("within 1% of %1", {"%2"}), "within 1% of %2"); // one pass, no %3
    EXPECT_EQ(lre::fill("%3 %", {"x"}), "%3 %");
}

TEST(ClaimsWording, DefaultNumbersIgnoreTheCLocale)
{
    const std::string before = std::setlocale(LC_NUMERIC, nullptr);
    if (!std::setlocale(LC_NUMERIC, "de_DE.UTF-8"))
        GTEST_SKIP() << "no de_DE.UTF-8 locale";
    const lre::ClaimsWording english;
    const std::string fixed = english.number(12.25, 'f', 1);
    const std::string general = english.number(0.0448123, 'g', 3);
    std::setlocale(LC_NUMERIC, before.c_str());
    EXPECT_EQ(fixed, "12.2"); // round half to even, as printf
    EXPECT_EQ(general, "0.0448");
    EXPECT_EQ(english.number(1e-5, 'g', 3), "1e-05");
    EXPECT_EQ(lre::percent(english, 0.125), "12.5%");
}

// Reports covering every branch of the cards, from made-up measurements (no training).
std::vector<lre::ClaimsReport> made_up_reports()
{
    std::vector<lre::ClaimsReport> reports(1); // nothing measured yet
    lre::BornDeadParams bornDeadParams;
    bornDeadParams.trials = 50;
    const lre::BornDeadTable bornDead = lre::run_born_dead(bornDeadParams);
    const lre::SensitivitySetup setup{.rates = 3, .rateMin = 0.001, .rateMax = 0.1, .firstSeed = 1, .seeds = 2,
                                      .epochs = 100, .alpha = 0.1, .preluStart = 0.1, .alphas = {0.01, 0.3},
                                      .alphaLearningRate = 0.02};
    for (const double reluFigure : {0.0, 0.5}) {
        for (const double leakyFigure : {0.0, 0.45, 0.5, 0.9}) {
            for (const double window : {0.0, 1.5}) {
                for (const int diverged : {0, 10}) {
                    for (const double ratio : {1.5, 3.5}) {
                        lre::ClaimsReport r;
                        r.alpha = leakyFigure == reluFigure ? 0.0 : 0.1;
                        r.labParams.seeds = diverged ? std::vector<std::uint64_t>{1, 2, 3} : std::vector<std::uint64_t>{4, 7};
                        lre::UnitStats relu{0.3, reluFigure, reluFigure, reluFigure, reluFigure, reluFigure};
                        lre::UnitStats leaky{0.1, leakyFigure, leakyFigure, leakyFigure, leakyFigure, 0.47};
                        r.lab = std::vector<lre::LabSeedMeasure>{{1, lre::LabOutcome::Finished, relu, relu, leaky, leaky}};
                        if (window > 0.0)
                            r.bornDead = bornDead;
                        lre::SensitivityRun s;
                        s.setup = setup;
                        s.measures = lre::SensitivityMeasures{window, 1.0, diverged, 5, 100, ratio};
                        if (ratio > 2.0)
                            s.learnedAlpha = lre::LearnedAlphaEnd{0.1, 0.02, 4, 3, 0.12, 0.11, 0.14};
                        if (diverged == 0)
                            s.highRateDeadRelu = reluFigure;
                        s.highRateDeadLeaky = leakyFigure;
                        s.unavailable = diverged && window > 0.0 ? "" : "the sweep was cancelled";
                        if (window > 0.0 && ratio > 2.0 && diverged == 0)
                            s.measures.reset();
                        r.sensitivity = s;
                        reports.push_back(r);
                    }
                }
            }
        }
    }
    return reports;
}

// A translator that writes upper case and a decimal comma, and numbers with a decimal comma:
// any lower-case letter or decimal point left on a card came from outside the wording.
TEST(ClaimCards, EverySentenceAndNumberGoesThroughTheWording)
{
    std::set<std::string> sources;
    int numbers = 0;
    lre::ClaimsWording wording;
    wording.translate = [&](const char *source) {
        sources.insert(source);
        std::string text = source;
        for (std::size_t i = 0; i < text.size(); ++i) {
            text[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
            if (text[i] == '.' && i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1]))
                && std::isdigit(static_cast<unsigned char>(text[i + 1])))
                text[i] = ',';
        }
        return text;
    };
    wording.number = [&](double value, char format, int precision) {
        ++numbers;
        std::string text = lre::ClaimsWording::c_number(value, format, precision);
        std::ranges::replace(text, '.', ',');
        return text;
    };
    const std::regex english("[a-z]|[0-9]\\.[0-9]|%[0-9]");
    std::set<lre::Verdict> verdicts;
    for (const lre::ClaimsReport &report : made_up_reports()) {
        for (const lre::ClaimCard &card : lre::claim_cards(report, wording)) {
            verdicts.insert(card.verdict);
            std::vector<std::string> texts{card.claim, card.ran, card.rule, card.reason,
                                           lre::verdict_text(card.verdict, wording)};
            texts.insert(texts.end(), card.numbers.begin(), card.numbers.end());
            for (const std::string &text : texts)
                EXPECT_FALSE(std::regex_search(text, english)) << "claim " << card.number << ": " << text;
        }
    }
    EXPECT_EQ(verdicts.size(), 5u);
    EXPECT_GT(numbers, 100);
    EXPECT_GE(sources.size(), 60u) << "a branch of the cards is not reached";
}

} // namespace
