// SPDX-License-Identifier: GPL-3.0-or-later
// The learned-alpha (PReLU) network: its alpha gradient against finite differences, frozen alpha
// against the Leaky ReLU network bit for bit, the lab's third network, its CSV, its JSON and
// its sweeps.
#include "lab.h"
#include "labjson.h"
#include "sweep.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace {

using lre::LabData;
using lre::LabNetwork;
using lre::LabParams;
using lre::PreluMode;

LabNetwork learned(PreluMode mode, double alpha, std::vector<double> w, std::vector<double> b,
                   std::vector<double> v, double c)
{
    LabNetwork network(static_cast<int>(w.size()), alpha, mode);
    std::ranges::copy(w, network.inputWeights().begin());
    std::ranges::copy(b, network.hiddenBiases().begin());
    std::ranges::copy(v, network.outputWeights().begin());
    network.outputBias() = c;
    return network;
}

// Inputs 0.5 and -1 put unit 0 (w = 2, b = -1) and unit 2 (w = 1, b = 1) exactly at 0.
LabData kink_data()
{
    return {{-2.0, -1.0, -0.25, 0.5, 1.5, 2.5, 0.75}, {0.3, -0.2, 0.1, 0.7, -0.4, 0.2, 0.05}};
}

// Central differences of the loss in each learned alpha against evaluate()'s gradient.
void expect_alpha_gradient_matches(LabNetwork network, const LabData &data)
{
    network.evaluate(data);
    const std::size_t alphas = network.learnedAlphas().size();
    const std::vector<double> gradient(network.gradient().end() - static_cast<std::ptrdiff_t>(alphas),
                                       network.gradient().end());
    for (std::size_t k = 0; k < alphas; ++k) {
        const double h = 1e-6;
        const double at = network.learnedAlphas()[k];
        network.learnedAlphas()[k] = at + h;
        const double up = network.loss(data);
        network.learnedAlphas()[k] = at - h;
        const double down = network.loss(data);
        network.learnedAlphas()[k] = at;
        const double numeric = (up - down) / (2.0 * h);
        EXPECT_NEAR(gradient[k], numeric, 1e-8 + 1e-6 * std::fabs(numeric)) << "alpha " << k;
    }
}

TEST(Prelu, ModeNamesReadBack)
{
    for (PreluMode mode : {PreluMode::Off, PreluMode::Shared, PreluMode::PerUnit})
        EXPECT_EQ(lre::parse_prelu_mode(lre::prelu_mode_name(mode)), mode);
    EXPECT_EQ(lre::prelu_mode_name(PreluMode::PerUnit), "per-unit");
    EXPECT_FALSE(lre::parse_prelu_mode("Shared"));
    EXPECT_FALSE(lre::parse_prelu_mode(""));
    EXPECT_EQ(lre::parse_prelu_start("0.25"), lre::PreluStart::PyTorchDefault);
    EXPECT_EQ(lre::parse_prelu_start("alpha"), lre::PreluStart::Alpha);
    EXPECT_FALSE(lre::parse_prelu_start(".25"));
}

TEST(Prelu, NetworkHoldsOneOrHAlphasAfterTheOutputBias)
{
    const LabNetwork off(5, 0.2);
    const LabNetwork shared(5, 0.2, PreluMode::Shared);
    const LabNetwork perUnit(5, 0.2, PreluMode::PerUnit);
    EXPECT_EQ(off.parameters().size(), 16u);
    EXPECT_TRUE(off.learnedAlphas().empty());
    EXPECT_EQ(shared.parameters().size(), 17u);
    EXPECT_EQ(perUnit.parameters().size(), 21u);
    EXPECT_TRUE(std::ranges::all_of(perUnit.learnedAlphas(), [](double a) { return a == 0.2; }));
    EXPECT_EQ(shared.alpha(), 0.2);
    EXPECT_EQ(perUnit.givenAlpha(), 0.2);
}

TEST(Prelu, SharedAlphaGradientMatchesFiniteDifferencesWithPreActivationsAtZero)
{
    const LabNetwork network =
        learned(PreluMode::Shared, 0.15, {2.0, -0.7, 1.0, 0.4}, {-1.0, -0.3, 1.0, -1.2}, {0.8, -1.1, 0.5, 0.9}, 0.1);
    expect_alpha_gradient_matches(network, kink_data());
}

TEST(Prelu, PerUnitAlphaGradientsMatchFiniteDifferencesWithPreActivationsAtZero)
{
    LabNetwork network =
        learned(PreluMode::PerUnit, 0.15, {2.0, -0.7, 1.0, 0.4}, {-1.0, -0.3, 1.0, -1.2}, {0.8, -1.1, 0.5, 0.9}, 0.1);
    const std::vector<double> alphas{0.3, -0.2, 1.7, 0.01};
    std::ranges::copy(alphas, network.learnedAlphas().begin());
    expect_alpha_gradient_matches(network, kink_data());
    // A unit alive on every input has no alpha gradient at all.
    LabNetwork alive = learned(PreluMode::PerUnit, 0.1, {0.1, 1.0}, {5.0, -0.5}, {1.0, 1.0}, 0.0);
    alive.evaluate(kink_data());
    EXPECT_EQ(alive.gradient()[alive.parameters().size() - 2], 0.0);
    EXPECT_NE(alive.gradient()[alive.parameters().size() - 1], 0.0);
}

TEST(Prelu, SharedGradientIsTheSumOfThePerUnitOnes)
{
    const std::vector<double> w{2.0, -0.7, 1.0, 0.4, 0.3};
    const std::vector<double> b{-1.0, -0.3, 1.0, -1.2, 0.2};
    const std::vector<double> v{0.8, -1.1, 0.5, 0.9, -0.3};
    LabNetwork shared = learned(PreluMode::Shared, 0.2, w, b, v, 0.0);
    LabNetwork perUnit = learned(PreluMode::PerUnit, 0.2, w, b, v, 0.0);
    const LabData data = kink_data();
    shared.evaluate(data);
    perUnit.evaluate(data);
    double sum = 0.0;
    for (std::size_t j = 0; j < w.size(); ++j)
        sum += perUnit.gradient()[3 * w.size() + 1 + j];
    EXPECT_NEAR(shared.gradient().back(), sum, 1e-15);
}

TEST(Prelu, FrozenAlphaTrainsBitForBitLikeLeakyRelu)
{
    for (PreluMode mode : {PreluMode::Shared, PreluMode::PerUnit}) {
        for (int points : {128, 37}) { // and a count that is not a multiple of the vector width
            const LabParams params{.alpha = 0.1, .points = points};
            const LabData data = lre::make_lab_data(params);
            LabNetwork leaky = lre::initial_lab_network(params, 0.1);
            LabNetwork frozen = lre::initial_lab_network(params, 0.1, mode);
            for (int epoch = 0; epoch < 300; ++epoch) {
                const auto a = leaky.evaluate(data);
                const auto b = frozen.evaluate(data);
                ASSERT_EQ(a.loss, b.loss) << "epoch " << epoch << " points " << points;
                ASSERT_EQ(a.deadFraction, b.deadFraction);
                leaky.descend(0.02);
                frozen.descend(0.02, 0.0);
            }
            EXPECT_TRUE(std::ranges::equal(leaky.parameters(), frozen.parameters().first(leaky.parameters().size())));
            EXPECT_TRUE(std::ranges::all_of(frozen.learnedAlphas(), [](double a) { return a == 0.1; }));
        }
    }
}

TEST(Prelu, AStepMovesAlphaAgainstItsGradient)
{
    LabNetwork network =
        learned(PreluMode::PerUnit, 0.15, {2.0, -0.7, 1.0, 0.4}, {-1.0, -0.3, 1.0, -1.2}, {0.8, -1.1, 0.5, 0.9}, 0.1);
    const LabData data = kink_data();
    const double before = network.evaluate(data).loss;
    const std::vector<double> alphas(network.learnedAlphas().begin(), network.learnedAlphas().end());
    const std::vector<double> gradient(network.gradient().end() - 4, network.gradient().end());
    network.descend(0.0, 0.5);
    for (std::size_t k = 0; k < 4; ++k)
        EXPECT_EQ(network.learnedAlphas()[k], alphas[k] - 0.5 * gradient[k]);
    EXPECT_LT(network.loss(data), before);
}

TEST(Prelu, LabTrainsAThirdNetworkFromTheSameWeightsAndLeavesTheOtherTwoAsTheyWere)
{
    const LabParams off{.epochs = 400};
    LabParams on = off;
    on.prelu = PreluMode::Shared;
    const lre::LabResult plain = lre::run_lab(off);
    const lre::LabResult third = lre::run_lab(on);
    ASSERT_EQ(plain.records.size(), third.records.size());
    ASSERT_TRUE(third.prelu.has_value());
    EXPECT_FALSE(plain.prelu.has_value());
    for (std::size_t i = 0; i < plain.records.size(); ++i) {
        EXPECT_EQ(plain.records[i].lossRelu, third.records[i].lossRelu);
        EXPECT_EQ(plain.records[i].lossLeaky, third.records[i].lossLeaky);
        EXPECT_EQ(plain.records[i].deadLeaky, third.records[i].deadLeaky);
    }
    // Epoch 0: the same weights and alpha as Leaky ReLU, so the same loss.
    EXPECT_EQ(third.records[0].lossPrelu, third.records[0].lossLeaky);
    EXPECT_EQ(third.records[0].alphaPrelu, 0.1);
    EXPECT_NE(third.records.back().alphaPrelu, 0.1) << "alpha never moved";
    EXPECT_EQ(third.records.back().alphaPrelu, third.prelu->alpha());
    const LabNetwork start = lre::initial_lab_network(on, 0.1, PreluMode::Shared);
    const LabNetwork leakyStart = lre::initial_lab_network(on, 0.1);
    EXPECT_TRUE(std::ranges::equal(leakyStart.parameters(), start.parameters().first(leakyStart.parameters().size())));
    // Every epoch's alphas are kept, the last equal to the final network's.
    ASSERT_EQ(third.preluAlphas.every, 1);
    ASSERT_EQ(third.preluAlphas.alphas.size(), third.records.size());
    EXPECT_EQ(third.preluAlphas.alphas.back(), std::vector<double>{third.prelu->learnedAlphas()[0]});
}

TEST(Prelu, StartsAtPyTorchsDefaultWhenAsked)
{
    const LabParams params{.alpha = 0.01, .epochs = 5, .prelu = PreluMode::PerUnit,
                           .preluStart = lre::PreluStart::PyTorchDefault};
    EXPECT_EQ(lre::prelu_start_alpha(params), 0.25);
    const lre::LabResult result = lre::run_lab(params);
    EXPECT_EQ(result.records[0].alphaPrelu, 0.25);
    EXPECT_EQ(result.preluAlphas.alphas[0], std::vector<double>(32, 0.25));
}

TEST(Prelu, LabIsDeterministic)
{
    const LabParams params{.epochs = 300, .seed = 9, .prelu = PreluMode::PerUnit};
    const lre::LabResult a = lre::run_lab(params);
    const lre::LabResult b = lre::run_lab(params);
    EXPECT_EQ(a.records, b.records);
    EXPECT_EQ(a.preluAlphas, b.preluAlphas);
    EXPECT_TRUE(std::ranges::equal(a.prelu->parameters(), b.prelu->parameters()));
}

TEST(Prelu, LongRunsKeepEveryKthEpochsAlphas)
{
    // 512 alphas for 5001 records is 2.56 million values: every second epoch is kept.
    const LabParams params{.hiddenUnits = 512, .learningRate = 1e-4, .epochs = 5000, .points = 8,
                           .prelu = PreluMode::PerUnit};
    const lre::LabResult result = lre::run_lab(params);
    ASSERT_EQ(result.records.size(), 5001u);
    EXPECT_EQ(result.preluAlphas.every, 2);
    EXPECT_EQ(result.preluAlphas.alphas.size(), 2501u);
    EXPECT_LE(result.preluAlphas.alphas.size() * 512, lre::AlphaHistory::kValuesMax);
}

TEST(Prelu, DivergingLearnedNetworkStopsTheLabAndIsRolledBack)
{
    // Alpha 3 with a large step: the learned network blows up while it is the only one asked to
    // start there, so it decides when the lab stops.
    const LabParams params{.alpha = 0.1, .learningRate = 0.5, .epochs = 200, .init = lre::LabInit::He,
                           .prelu = PreluMode::Shared};
    const lre::LabResult result = lre::run_lab(params);
    ASSERT_EQ(result.outcome, lre::LabOutcome::Diverged);
    ASSERT_TRUE(result.prelu);
    EXPECT_TRUE(std::ranges::all_of(result.prelu->parameters(), [](double p) { return std::isfinite(p); }));
    LabNetwork again = *result.prelu;
    EXPECT_EQ(again.evaluate(result.data).loss, result.records.back().lossPrelu);
}

std::vector<std::vector<double>> csv_rows(const std::string &text, std::string &header)
{
    std::istringstream lines(text);
    std::getline(lines, header);
    std::vector<std::vector<double>> rows;
    for (std::string line; std::getline(lines, line);) {
        std::vector<double> cells;
        std::istringstream cellText(line);
        for (std::string cell; std::getline(cellText, cell, ',');) {
            double value = NAN;
            std::from_chars(cell.data(), cell.data() + cell.size(), value);
            cells.push_back(value);
        }
        rows.push_back(cells);
    }
    return rows;
}

TEST(Prelu, CsvHasThreeMoreColumnsThatReadBack)
{
    const lre::LabResult result = lre::run_lab(LabParams{.epochs = 50, .prelu = PreluMode::PerUnit});
    std::ostringstream text;
    lre::write_lab_csv(text, result.records, true);
    std::string header;
    const auto rows = csv_rows(text.str(), header);
    EXPECT_EQ(header, "epoch,loss_relu,loss_leaky,dead_relu,dead_leaky,loss_prelu,dead_prelu,alpha_prelu");
    ASSERT_EQ(rows.size(), result.records.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 8u);
        EXPECT_EQ(rows[i][5], result.records[i].lossPrelu);
        EXPECT_EQ(rows[i][6], result.records[i].deadPrelu);
        EXPECT_EQ(rows[i][7], result.records[i].alphaPrelu);
    }
    std::ostringstream plain;
    lre::write_lab_csv(plain, result.records);
    EXPECT_EQ(plain.str().substr(0, plain.str().find('\n')), lre::kLabCsvHeader);
}

TEST(Prelu, JsonKeepsTheLearnedNetworkAndEveryEpochsAlphas)
{
    for (PreluMode mode : {PreluMode::Shared, PreluMode::PerUnit}) {
        const LabParams params{.epochs = 40, .seed = 4, .prelu = mode, .preluStart = lre::PreluStart::PyTorchDefault};
        const lre::LabRun run = lre::run_lab_run(params, "t");
        std::ostringstream text;
        lre::write_lab_json(text, run);
        const lre::LabRun back = lre::read_lab_json(text.str());
        EXPECT_EQ(back.params, params);
        EXPECT_EQ(back.records, run.records);
        ASSERT_TRUE(back.initialPrelu && back.finalPrelu);
        EXPECT_TRUE(std::ranges::equal(back.initialPrelu->parameters(), run.initialPrelu->parameters()));
        EXPECT_TRUE(std::ranges::equal(back.finalPrelu->parameters(), run.finalPrelu->parameters()));
        EXPECT_EQ(back.preluAlphas, run.preluAlphas);
        EXPECT_NE(text.str().find("\"prelu\": {\n      \"alpha\": 0.25,"), std::string::npos);
    }
}

TEST(Prelu, JsonWithBadLearnedPartsIsRefused)
{
    const lre::LabRun run = lre::run_lab_run(LabParams{.epochs = 3, .prelu = PreluMode::PerUnit}, "t");
    std::ostringstream out;
    lre::write_lab_json(out, run);
    const std::string text = out.str();
    auto refused = [](std::string changed, const std::string &from, const std::string &to) {
        const auto at = changed.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        changed.replace(at, from.size(), to);
        EXPECT_THROW(lre::read_lab_json(changed), std::invalid_argument) << to;
    };
    refused(text, "\"prelu\": \"per-unit\"", "\"prelu\": \"sideways\"");
    refused(text, "\"prelu_start\": \"alpha\"", "\"prelu_start\": \"0.3\"");
    refused(text, "\"every\": 1", "\"every\": 0");
    refused(text, "\"every\": 1", "\"every\": 2");
    refused(text, "\"alphas\": [0.1, ", "\"alphas\": [");
    refused(text, "\"alpha_prelu\": [", "\"alpha_prelu\": [0.1, ");
    // A file from before the learned network (no prelu keys) still reads, as off.
    std::ostringstream plainOut;
    lre::write_lab_json(plainOut, lre::run_lab_run(LabParams{.epochs = 3}, "t"));
    std::string old = plainOut.str();
    const auto from = old.find(",\n    \"prelu\": \"off\"");
    ASSERT_NE(from, std::string::npos);
    old.erase(from, old.find('\n', old.find("prelu_start")) - from);
    EXPECT_EQ(lre::read_lab_json(old).params.prelu, PreluMode::Off);
}

TEST(Prelu, SweepRunsTheLearnedNetworkAndEndsWhereTheLabDoes)
{
    lre::SweepSpec spec = lre::default_lr_sweep(0.1);
    spec.values = {0.005, 0.02};
    spec.seeds = 2;
    spec.base.epochs = 150;
    spec.base.prelu = PreluMode::PerUnit;
    ASSERT_EQ(lre::sweep_run_count(spec), 12u);
    const lre::SweepResult result = lre::run_sweep(spec);
    for (std::size_t index = 0; index < result.runs.size(); ++index) {
        const lre::SweepRun &run = *result.runs[index];
        EXPECT_EQ(run.prelu, index % 3 == 2) << index;
        if (!run.prelu)
            continue;
        LabParams params = spec.base;
        params.learningRate = run.learningRate;
        params.seed = run.seed;
        const lre::LabResult lab = lre::run_lab(params);
        ASSERT_EQ(lab.outcome, lre::LabOutcome::Finished);
        EXPECT_EQ(run.finalLoss, lab.records.back().lossPrelu);
        EXPECT_EQ(run.finalDead, lab.records.back().deadPrelu);
        EXPECT_EQ(run.finalAlpha, lab.records.back().alphaPrelu);
        EXPECT_EQ(run.alpha, 0.1);
    }
    const lre::SweepSummary summary = lre::summarize(result);
    ASSERT_EQ(summary.prelu.size(), 2u);
    EXPECT_EQ(summary.prelu[0].runs, 2);
    EXPECT_TRUE(summary.prelu[0].medianLoss.has_value());
    EXPECT_GE(summary.prelu[0].medianAlpha, summary.prelu[0].alphaQ1);
    EXPECT_LE(summary.prelu[0].medianAlpha, summary.prelu[0].alphaQ3);

    std::ostringstream csv;
    lre::write_sweep_csv(csv, result);
    std::string header;
    const auto rows = csv_rows(csv.str(), header);
    EXPECT_EQ(header, std::string(lre::kSweepCsvHeader) + ",final_alpha");
    EXPECT_NE(csv.str().find(",prelu,"), std::string::npos);
    ASSERT_EQ(rows.size(), 12u);
    EXPECT_EQ(rows[2].back(), result.runs[2]->finalAlpha);
}

TEST(Prelu, AlphaSweepStartsTheLearnedNetworkAtEachAlpha)
{
    lre::SweepSpec spec = lre::default_alpha_sweep(0.02);
    spec.values = {0.0, 0.3};
    spec.seeds = 1;
    spec.base.epochs = 20;
    spec.base.prelu = PreluMode::Shared;
    const lre::SweepResult result = lre::run_sweep(spec);
    ASSERT_EQ(result.runs.size(), 4u);
    EXPECT_TRUE(result.runs[0]->relu);
    EXPECT_TRUE(result.runs[1]->prelu);
    EXPECT_EQ(result.runs[1]->alpha, 0.0);
    EXPECT_FALSE(result.runs[2]->relu);
    EXPECT_EQ(result.runs[3]->alpha, 0.3);
}

} // namespace
