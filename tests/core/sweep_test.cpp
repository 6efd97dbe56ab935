// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "activation.h"
#include "lab.h"

#include <tbb/global_control.h>

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <mutex>
#include <set>
#include <sstream>

namespace {

using lre::LabParams;
using lre::SweepKind;
using lre::SweepRun;
using lre::SweepSpec;

SweepSpec small_lr_sweep()
{
    SweepSpec spec = lre::default_lr_sweep(0.1);
    spec.base.epochs = 150;
    spec.base.hiddenUnits = 12;
    spec.base.points = 37; // not a multiple of the vector width
    spec.values = {0.003, 0.03, 0.3};
    spec.seeds = 3;
    return spec;
}

LabParams params_of(const SweepSpec &spec, const SweepRun &run)
{
    LabParams params = spec.base;
    params.seed = run.seed;
    params.learningRate = run.learningRate;
    if (spec.kind == SweepKind::Alpha)
        params.alpha = run.alpha;
    return params;
}

TEST(Sweep, DefaultsAreTheIssuesGrid)
{
    const SweepSpec lr = lre::default_lr_sweep(0.1);
    ASSERT_EQ(lr.values.size(), 16u);
    EXPECT_EQ(lr.values.front(), 1e-3);
    EXPECT_EQ(lr.values.back(), 0.3);
    for (std::size_t i = 1; i < lr.values.size(); ++i)
        EXPECT_NEAR(std::log10(lr.values[i] / lr.values[i - 1]), std::log10(300.0) / 15.0, 1e-12);
    EXPECT_EQ(lr.seeds, 20);
    EXPECT_EQ(lr.base.init, lre::LabInit::He);
    EXPECT_EQ(lr.base.epochs, 2000);
    EXPECT_EQ(lre::sweep_run_count(lr), 16u * 20u * 2u);
    const SweepSpec alpha = lre::default_alpha_sweep(0.02);
    EXPECT_EQ(alpha.values, (std::vector<double>{0.0, 0.001, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5, 1.0}));
    EXPECT_EQ(alpha.base.learningRate, 0.02);
    EXPECT_EQ(lre::sweep_run_count(alpha), 9u * 20u);
    EXPECT_FALSE(lre::validate_sweep(lr));
    EXPECT_FALSE(lre::validate_sweep(alpha));
}

TEST(Sweep, HeInitDrawsStandardWeights)
{
    LabParams params;
    params.init = lre::LabInit::He;
    params.hiddenUnits = 512;
    const lre::LabNetwork network = lre::initial_lab_network(params, 0.1);
    double sum = 0.0;
    double squares = 0.0;
    for (double w : network.inputWeights()) {
        sum += w;
        squares += w * w;
    }
    const double n = 512.0;
    EXPECT_NEAR(sum / n, 0.0, 4.0 * std::sqrt(2.0 / n));
    EXPECT_NEAR(squares / n, 2.0, 0.4); // variance 2 / fan_in, fan_in 1
    for (double b : network.hiddenBiases())
        EXPECT_EQ(b, 0.0);
    EXPECT_EQ(network.outputBias(), 0.0);
    // The shifted init is today's: every bias at the shift.
    params.init = lre::LabInit::Shifted;
    const lre::LabNetwork shifted = lre::initial_lab_network(params, 0.1);
    for (double b : shifted.hiddenBiases())
        EXPECT_EQ(b, params.biasShift);
    EXPECT_EQ(lre::parse_lab_init("he"), lre::LabInit::He);
    EXPECT_EQ(lre::parse_lab_init("shifted"), lre::LabInit::Shifted);
    EXPECT_FALSE(lre::parse_lab_init("glorot"));
}

TEST(Sweep, EachRunEndsWhereTheLabsRunEndsBitForBit)
{
    const SweepSpec spec = small_lr_sweep();
    const lre::SweepResult result = lre::run_sweep(spec);
    ASSERT_EQ(result.runs.size(), 3u * 3u * 2u);
    ASSERT_EQ(result.completed(), result.runs.size());
    EXPECT_FALSE(result.cancelled);
    int compared = 0;
    for (std::size_t i = 0; i + 1 < result.runs.size(); i += 2) {
        const SweepRun &relu = *result.runs[i];
        const SweepRun &leaky = *result.runs[i + 1];
        ASSERT_TRUE(relu.relu);
        ASSERT_FALSE(leaky.relu);
        ASSERT_EQ(relu.seed, leaky.seed);
        EXPECT_EQ(relu.alpha, 0.0);
        EXPECT_EQ(leaky.alpha, 0.1);
        const lre::LabResult lab = lre::run_lab(params_of(spec, relu));
        const lre::LabRecord &last = lab.records.back();
        if (!relu.divergedEpoch && !leaky.divergedEpoch) {
            EXPECT_EQ(relu.finalLoss, last.lossRelu);
            EXPECT_EQ(relu.finalDead, last.deadRelu);
            EXPECT_EQ(leaky.finalLoss, last.lossLeaky);
            EXPECT_EQ(leaky.finalDead, last.deadLeaky);
            double bestRelu = HUGE_VAL;
            double bestLeaky = HUGE_VAL;
            for (const lre::LabRecord &r : lab.records) {
                bestRelu = std::min(bestRelu, r.lossRelu);
                bestLeaky = std::min(bestLeaky, r.lossLeaky);
            }
            EXPECT_EQ(relu.bestLoss, bestRelu);
            EXPECT_EQ(leaky.bestLoss, bestLeaky);
            ++compared;
        } else {
            // The lab stops both at the first network to diverge; that epoch is the same here.
            ASSERT_EQ(lab.outcome, lre::LabOutcome::Diverged);
            const int first = std::min(relu.divergedEpoch.value_or(INT_MAX), leaky.divergedEpoch.value_or(INT_MAX));
            EXPECT_EQ(first, static_cast<int>(lab.records.size()));
        }
    }
    EXPECT_GE(compared, 4);
}

TEST(Sweep, ADivergingNetworkStopsAloneAndIsNotANumber)
{
    SweepSpec spec = small_lr_sweep();
    spec.values = {1.0};
    spec.base.init = lre::LabInit::He;
    spec.base.alpha = 1.0; // the identity diverges at a rate ReLU may survive
    const lre::SweepResult result = lre::run_sweep(spec);
    int diverged = 0;
    for (const auto &run : result.runs) {
        ASSERT_TRUE(run);
        if (run->divergedEpoch) {
            ++diverged;
            EXPECT_GT(*run->divergedEpoch, 0);
            EXPECT_TRUE(std::isfinite(run->finalLoss));
        }
    }
    EXPECT_GT(diverged, 0);
    const lre::SweepSummary summary = lre::summarize(result);
    ASSERT_EQ(summary.leaky.size(), 1u);
    EXPECT_EQ(summary.leaky[0].runs, 3);
    EXPECT_EQ(summary.leaky[0].diverged + (summary.leaky[0].medianLoss ? 1 : 0) > 0, true);
    std::ostringstream csv;
    lre::write_sweep_csv(csv, result);
    std::istringstream lines(csv.str());
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, lre::kSweepCsvHeader);
    int rows = 0;
    int withEpoch = 0;
    while (std::getline(lines, line)) {
        ++rows;
        withEpoch += line.back() != ',';
    }
    EXPECT_EQ(rows, 6);
    EXPECT_EQ(withEpoch, diverged);
}

TEST(Sweep, TheSameWhateverTheThreadCount)
{
    const SweepSpec spec = small_lr_sweep();
    lre::SweepResult one;
    {
        tbb::global_control limit(tbb::global_control::max_allowed_parallelism, 1);
        one = lre::run_sweep(spec);
    }
    const lre::SweepResult all = lre::run_sweep(spec);
    EXPECT_EQ(one.runs, all.runs);
}

TEST(Sweep, CancellingKeepsAConsistentPartialResult)
{
    SweepSpec spec = small_lr_sweep();
    spec.seeds = 10;
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::set<std::size_t> reported;
    const lre::SweepResult result = lre::run_sweep(
        spec,
        [&](std::size_t index, const SweepRun &) {
            std::lock_guard lock(mutex);
            reported.insert(index);
            if (reported.size() == 5)
                cancel = true;
        },
        &cancel);
    EXPECT_TRUE(result.cancelled);
    EXPECT_LT(result.completed(), result.runs.size());
    EXPECT_GE(result.completed(), 5u);
    for (std::size_t i = 0; i < result.runs.size(); ++i) {
        EXPECT_EQ(result.runs[i].has_value(), reported.contains(i)) << i;
        if (result.runs[i]) {
            EXPECT_EQ(*result.runs[i], lre::run_sweep_one(spec, i)) << i;
        }
    }
}

TEST(Sweep, AlphaSweepTrainsOneNetworkAValueAndZeroIsRelu)
{
    SweepSpec spec = lre::default_alpha_sweep(0.02);
    spec.base.epochs = 60;
    spec.base.hiddenUnits = 8;
    spec.values = {0.0, 0.1, 2.0};
    spec.seeds = 2;
    const lre::SweepResult result = lre::run_sweep(spec);
    ASSERT_EQ(result.runs.size(), 6u);
    EXPECT_TRUE(result.runs[0]->relu);
    EXPECT_FALSE(result.runs[2]->relu);
    EXPECT_EQ(result.runs[4]->alpha, 2.0);
    // Alpha 0 is the lab's ReLU network, bit for bit.
    LabParams params = spec.base;
    params.alpha = 0.1;
    const lre::LabResult lab = lre::run_lab(params);
    EXPECT_EQ(result.runs[0]->finalLoss, lab.records.back().lossRelu);
    EXPECT_EQ(result.runs[2]->finalLoss, lab.records.back().lossLeaky);
    const lre::SweepSummary summary = lre::summarize(result);
    EXPECT_TRUE(summary.relu.empty());
    EXPECT_EQ(summary.leaky.size(), 3u);
}

lre::SweepPoint point(double rate, std::optional<double> median)
{
    lre::SweepPoint p;
    p.value = rate;
    p.runs = 20;
    p.medianLoss = median;
    p.diverged = median ? 0 : 20;
    return p;
}

TEST(Sweep, WindowIsTheContiguousRangeWithinTwiceTheBest)
{
    const std::vector<lre::SweepPoint> points{point(0.001, 0.5), point(0.01, 0.19), point(0.1, 0.1),
                                              point(1.0, 0.2), point(10.0, std::nullopt)};
    const lre::LrWindow window = lre::lr_window(points);
    ASSERT_TRUE(window.found);
    EXPECT_EQ(window.bestRate, 0.1);
    EXPECT_EQ(window.bestLoss, 0.1);
    EXPECT_EQ(window.low, 0.01);
    EXPECT_EQ(window.high, 1.0); // 0.2 is exactly twice the best: inside
    EXPECT_NEAR(window.decades, 2.0, 1e-12);
    // A point within 2x beyond a worse one does not widen the window.
    const std::vector<lre::SweepPoint> gap{point(0.001, 0.15), point(0.01, 0.5), point(0.1, 0.1)};
    EXPECT_EQ(lre::lr_window(gap).low, 0.1);
    EXPECT_FALSE(lre::lr_window({point(1.0, std::nullopt)}).found);
}

TEST(Sweep, LearnedAlphaIsReportedWhereHalfTheSeedsSurvive)
{
    std::vector<lre::SweepPoint> points{point(0.001, 0.5), point(0.01, 0.2), point(0.1, 0.05),
                                        point(1.0, std::nullopt)};
    points[1].diverged = 10; // half: still counts
    points[2].diverged = 11; // the lowest loss, but most seeds diverged
    EXPECT_EQ(lre::learned_alpha_point(points), 1u);
    points[1].diverged = 11;
    EXPECT_EQ(lre::learned_alpha_point(points), 0u);
    EXPECT_FALSE(lre::learned_alpha_point({point(1.0, std::nullopt)}));
    EXPECT_FALSE(lre::learned_alpha_point({}));
}

TEST(Sweep, VerdictRuleOnBothSidesOfTheMargin)
{
    using V = lre::SensitivityVerdict;
    lre::LrWindow relu{.found = true, .low = 0.001, .high = 0.01, .decades = 1.0};
    lre::LrWindow leaky = relu;
    leaky.decades = 1.0 + lre::kWindowMarginDecades;
    EXPECT_EQ(lre::compare_windows(relu, leaky, 0.1), V::LeakyLessSensitive);
    leaky.decades = 1.0 + lre::kWindowMarginDecades * 0.99;
    EXPECT_EQ(lre::compare_windows(relu, leaky, 0.1), V::NoClearDifference);
    leaky.decades = 1.0 - lre::kWindowMarginDecades * 0.99;
    EXPECT_EQ(lre::compare_windows(relu, leaky, 0.1), V::NoClearDifference);
    leaky.decades = 1.0 - lre::kWindowMarginDecades;
    EXPECT_EQ(lre::compare_windows(relu, leaky, 0.1), V::LeakyMoreSensitive);
    EXPECT_EQ(lre::compare_windows(relu, leaky, 0.0), V::AlphaIsZero);
    leaky.found = false;
    EXPECT_EQ(lre::compare_windows(relu, leaky, 0.1), V::NotEnoughData);
}

TEST(Sweep, BadSpecsAreRefusedWithAMessage)
{
    SweepSpec spec = small_lr_sweep();
    spec.seeds = 0;
    EXPECT_EQ(*lre::validate_sweep(spec), "seeds must be a whole number from 1 to 1000");
    spec = small_lr_sweep();
    spec.values = {0.01, 5.0};
    EXPECT_TRUE(lre::validate_sweep(spec)->starts_with("learning rate"));
    spec = small_lr_sweep();
    spec.values.clear();
    EXPECT_TRUE(lre::validate_sweep(spec));
    spec = small_lr_sweep();
    spec.base.seed = lre::lab_limits::kSeedMax;
    EXPECT_TRUE(lre::validate_sweep(spec));
    EXPECT_THROW(lre::run_sweep(spec), std::invalid_argument);
}

} // namespace

namespace {

// The fast training loop against one written plainly from the definition (loss by predict(),
// gradient summed input by input): a whole default run stays within 1e-12 relative.
TEST(Sweep, FastTrainingMatchesAPlainReference)
{
    for (const lre::LabInit init : {lre::LabInit::Shifted, lre::LabInit::He}) {
        LabParams params;
        params.init = init;
        params.points = 37; // a tail of one input after the lanes
        params.epochs = 300;
        const lre::LabResult fast = lre::run_lab(params);
        const lre::LabData data = lre::make_lab_data(params);
        lre::LabNetwork plain = lre::initial_lab_network(params, params.alpha);
        const std::size_t h = static_cast<std::size_t>(params.hiddenUnits);
        double worst = 0.0;
        for (const lre::LabRecord &record : fast.records) {
            const double loss = plain.loss(data);
            worst = std::max(worst, std::abs(loss - record.lossLeaky) / record.lossLeaky);
            std::vector<double> g(3 * h + 1, 0.0);
            const double n = static_cast<double>(data.x.size());
            for (std::size_t i = 0; i < data.x.size(); ++i) {
                const double dOut = 2.0 / n * (plain.predict(data.x[i]) - data.y[i]);
                for (std::size_t j = 0; j < h; ++j) {
                    const double z = plain.inputWeights()[j] * data.x[i] + plain.hiddenBiases()[j];
                    const double slope = z > 0.0 ? 1.0 : plain.alpha();
                    g[j] += dOut * plain.outputWeights()[j] * slope * data.x[i];
                    g[h + j] += dOut * plain.outputWeights()[j] * slope;
                    g[2 * h + j] += dOut * lre::leaky_relu(z, plain.alpha());
                }
                g[3 * h] += dOut;
            }
            for (std::size_t k = 0; k < g.size(); ++k)
                plain.parameters()[k] -= params.learningRate * g[k];
        }
        EXPECT_LT(worst, 1e-12) << lre::lab_init_name(init);
    }
}

} // namespace

namespace {

// --- the run order, the summaries and the edges of the rules, on small hand-made inputs --------

TEST(Sweep, RunsComeValueThenSeedThenNetwork)
{
    SweepSpec spec = lre::default_lr_sweep(0.2);
    spec.base.epochs = 1;
    spec.base.hiddenUnits = 4;
    spec.base.seed = 7;
    spec.base.prelu = lre::PreluMode::Shared;
    spec.values = {0.01, 0.05};
    spec.seeds = 2;
    ASSERT_EQ(lre::sweep_run_count(spec), 2u * 2u * 3u);
    std::size_t index = 0;
    for (int value = 0; value < 2; ++value) {
        for (std::uint64_t seed = 7; seed < 9; ++seed) {
            for (const char *network : {"relu", "leaky", "prelu"}) {
                const SweepRun run = lre::run_sweep_one(spec, index++);
                EXPECT_EQ(run.valueIndex, value) << index;
                EXPECT_EQ(run.seed, seed) << index;
                EXPECT_EQ(run.learningRate, spec.values[static_cast<std::size_t>(value)]) << index;
                EXPECT_EQ(run.relu, std::string(network) == "relu") << index;
                EXPECT_EQ(run.prelu, std::string(network) == "prelu") << index;
            }
        }
    }
    // Two seeds of one grid point are two different networks.
    EXPECT_NE(lre::run_sweep_one(spec, 1).finalLoss, lre::run_sweep_one(spec, 4).finalLoss);
}

SweepRun made_run(int valueIndex, double loss, double dead, double alpha, bool diverged = false)
{
    SweepRun run;
    run.valueIndex = valueIndex;
    run.finalLoss = loss;
    run.finalDead = dead;
    run.finalAlpha = alpha;
    if (diverged)
        run.divergedEpoch = 3;
    return run;
}

TEST(Sweep, SummaryQuartilesInterpolateAndLeaveDivergedRunsOut)
{
    lre::SweepResult result;
    result.spec = lre::default_alpha_sweep(0.02);
    result.spec.values = {0.1, 0.2};
    for (int i = 1; i <= 4; ++i)
        result.runs.push_back(made_run(0, i, i / 8.0, i / 10.0));
    result.runs.push_back(made_run(0, 100.0, 1.0, 5.0, true)); // diverged: counted, not measured
    result.runs.push_back(made_run(1, 9.0, 0.5, 0.25));
    result.runs.emplace_back(); // cancelled: not there at all
    const lre::SweepSummary summary = lre::summarize(result);
    ASSERT_EQ(summary.leaky.size(), 2u);
    const lre::SweepPoint &p = summary.leaky[0];
    EXPECT_EQ(p.value, 0.1);
    EXPECT_EQ(p.runs, 5);
    EXPECT_EQ(p.diverged, 1);
    EXPECT_EQ(p.medianLoss, 2.5);
    EXPECT_EQ(p.lossQ1, 1.75);
    EXPECT_EQ(p.lossQ3, 3.25);
    EXPECT_EQ(p.medianDead, 2.5 / 8.0);
    EXPECT_EQ(p.deadQ1, 1.75 / 8.0);
    EXPECT_DOUBLE_EQ(p.medianAlpha, 0.25);
    EXPECT_DOUBLE_EQ(p.alphaQ1, 0.175);
    EXPECT_DOUBLE_EQ(p.alphaQ3, 0.325);
    const lre::SweepPoint &q = summary.leaky[1];
    EXPECT_EQ(q.runs, 1);
    EXPECT_EQ(q.medianLoss, 9.0);
    EXPECT_EQ(q.lossQ1, 9.0);
    EXPECT_EQ(q.alphaQ3, 0.25);
}

TEST(Sweep, AlphaSweepSummaryKeepsTheReluPointAmongTheValues)
{
    lre::SweepResult result;
    result.spec = lre::default_alpha_sweep(0.02);
    result.spec.values = {0.0, 0.1};
    SweepRun relu = made_run(0, 1.0, 0.5, 0.0);
    relu.relu = true;
    result.runs = {relu, relu, made_run(1, 2.0, 0.0, 0.1)};
    const lre::SweepSummary summary = lre::summarize(result);
    EXPECT_TRUE(summary.relu.empty());
    ASSERT_EQ(summary.leaky.size(), 2u);
    EXPECT_EQ(summary.leaky[0].runs, 2);
    EXPECT_EQ(summary.leaky[0].medianLoss, 1.0);
    EXPECT_EQ(summary.leaky[1].runs, 1);
}

TEST(Sweep, LogSpacedEdges)
{
    EXPECT_EQ(lre::log_spaced(0.01, 0.1, 1), std::vector<double>{0.01});
    EXPECT_TRUE(lre::log_spaced(0.01, 0.1, 0).empty());
    const std::vector<double> three = lre::log_spaced(0.001, 0.1, 3);
    ASSERT_EQ(three.size(), 3u);
    EXPECT_NEAR(three[1], 0.01, 1e-15);
}

TEST(Sweep, SeedsUpToTheLargestAndTheBaseAreChecked)
{
    SweepSpec spec = small_lr_sweep();
    spec.base.seed = lre::lab_limits::kSeedMax - static_cast<std::uint64_t>(spec.seeds) + 1;
    EXPECT_FALSE(lre::validate_sweep(spec)); // the last seed is the largest: allowed
    spec.base.seed += 1;
    EXPECT_TRUE(lre::validate_sweep(spec));
    spec = small_lr_sweep();
    spec.base.alpha = 20.0; // an lr sweep trains at the base's alpha
    ASSERT_TRUE(lre::validate_sweep(spec));
    EXPECT_NE(lre::validate_sweep(spec)->find("alpha"), std::string::npos);
    // The base is a valid lab run of its own, also in the field the grid replaces.
    spec = small_lr_sweep();
    spec.base.learningRate = 5.0;
    ASSERT_TRUE(lre::validate_sweep(spec));
    EXPECT_TRUE(lre::validate_sweep(spec)->starts_with("learning rate"));
    EXPECT_THROW(lre::run_sweep(spec), std::invalid_argument);
}

TEST(Sweep, CancelledAfterTheLastRunIsComplete)
{
    SweepSpec spec = small_lr_sweep();
    spec.base.epochs = 2;
    spec.values = {0.01};
    spec.seeds = 2;
    std::atomic<bool> cancel{false};
    std::atomic<std::size_t> done{0};
    const lre::SweepResult result = lre::run_sweep(
        spec, [&](std::size_t, const SweepRun &) {
            if (++done == lre::sweep_run_count(spec))
                cancel = true;
        },
        &cancel);
    EXPECT_EQ(result.completed(), result.runs.size());
    EXPECT_FALSE(result.cancelled);
}

TEST(Sweep, WindowReachesTheEndsOfTheGridAndNeedsBothNetworks)
{
    const std::vector<lre::SweepPoint> points{point(0.001, 0.15), point(0.01, 0.1), point(0.1, 0.5)};
    const lre::LrWindow window = lre::lr_window(points);
    EXPECT_EQ(window.low, 0.001);
    EXPECT_EQ(window.high, 0.01);
    using V = lre::SensitivityVerdict;
    const lre::LrWindow none;
    EXPECT_EQ(lre::compare_windows(none, window, 0.1), V::NotEnoughData);
    EXPECT_EQ(lre::compare_windows(window, none, 0.1), V::NotEnoughData);
}

TEST(Sweep, CsvNamesEachNetworkAndWritesEachColumn)
{
    lre::SweepResult result;
    result.spec = lre::default_lr_sweep(0.1);
    result.spec.base.prelu = lre::PreluMode::Shared;
    result.spec.values = {0.01};
    SweepRun relu = made_run(0, 0.5, 0.25, 0.0);
    relu.relu = true;
    relu.seed = 3;
    relu.alpha = 0.0;
    relu.learningRate = 0.01;
    relu.bestLoss = 0.375;
    SweepRun prelu = made_run(0, 0.75, 0.125, 0.3);
    prelu.prelu = true;
    prelu.seed = 3;
    prelu.alpha = 0.1;
    prelu.learningRate = 0.01;
    prelu.bestLoss = 0.5;
    prelu.divergedEpoch = 9;
    result.runs = {relu, prelu};
    std::ostringstream csv;
    lre::write_sweep_csv(csv, result);
    EXPECT_EQ(csv.str(), std::string(lre::kSweepCsvHeader) + lre::kSweepCsvPreluColumn + "\n"
                             + "lr,0.01,3,relu,0,0.01,0.5,0.375,0.25,,0\n"
                             + "lr,0.01,3,prelu,0.1,0.01,0.75,0.5,0.125,9,0.3\n");
}

} // namespace
