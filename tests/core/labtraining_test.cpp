// SPDX-License-Identifier: GPL-3.0-or-later
// The lab's properties that the other lab tests leave unstated: how the initial weights and the
// data are distributed, which way a step goes, divergence of either network, inputs that are not
// a multiple of the vector width, pre-activations exactly 0, and the CSV read back.
#include "lab.h"
#include "labrandom.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

namespace {

using lre::LabData;
using lre::LabNetwork;
using lre::LabOutcome;
using lre::LabParams;
using lre::LabRecord;

struct Moments {
    double mean = 0.0;
    double variance = 0.0;
};

Moments moments(std::span<const double> values)
{
    const double n = static_cast<double>(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return {mean, squares / n};
}

LabNetwork network_with(double alpha, std::vector<double> w, std::vector<double> b,
                        std::vector<double> v, double c)
{
    LabNetwork network(static_cast<int>(w.size()), alpha);
    std::ranges::copy(w, network.inputWeights().begin());
    std::ranges::copy(b, network.hiddenBiases().begin());
    std::ranges::copy(v, network.outputWeights().begin());
    network.outputBias() = c;
    return network;
}

// d loss / d parameters written out from the definition, with the left-limit convention at 0
// (PyTorch's): the slope of a unit whose pre-activation is exactly 0 is alpha.
std::vector<double> reference_gradient(const LabNetwork &network, const LabData &data)
{
    const std::size_t h = static_cast<std::size_t>(network.hiddenUnits());
    const double n = static_cast<double>(data.x.size());
    std::vector<double> g(3 * h + 1, 0.0);
    for (std::size_t i = 0; i < data.x.size(); ++i) {
        const double dOut = 2.0 / n * (network.predict(data.x[i]) - data.y[i]);
        for (std::size_t j = 0; j < h; ++j) {
            const double z = network.inputWeights()[j] * data.x[i] + network.hiddenBiases()[j];
            const double slope = z > 0.0 ? 1.0 : network.alpha();
            g[j] += dOut * network.outputWeights()[j] * slope * data.x[i];
            g[h + j] += dOut * network.outputWeights()[j] * slope;
            g[2 * h + j] += dOut * lre::leaky_relu(z, network.alpha());
        }
        g[3 * h] += dOut;
    }
    return g;
}

TEST(LabInit, InputWeightsAreStandardNormal)
{
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const LabParams params{.hiddenUnits = 512, .seed = seed};
        const LabNetwork network = lre::initial_lab_network(params, 0.1);
        const Moments m = moments(network.inputWeights());
        // 512 draws: the mean's standard error is 0.044, the variance's about 0.06.
        EXPECT_NEAR(m.mean, 0.0, 0.2) << seed;
        EXPECT_NEAR(m.variance, 1.0, 0.25) << seed;
        const auto negative = std::ranges::count_if(network.inputWeights(), [](double w) { return w < 0.0; });
        EXPECT_GT(negative, 200) << seed;
        EXPECT_LT(negative, 312) << seed;
    }
}

TEST(LabInit, OutputWeightsHaveVarianceOneOverH)
{
    for (int units : {16, 128, 512}) {
        const LabParams params{.hiddenUnits = units, .seed = 7};
        const LabNetwork network = lre::initial_lab_network(params, 0.1);
        const Moments m = moments(network.outputWeights());
        const double expected = 1.0 / units;
        EXPECT_NEAR(m.mean, 0.0, 4.0 * std::sqrt(expected / units)) << units;
        EXPECT_GT(m.variance, 0.45 * expected) << units;
        EXPECT_LT(m.variance, 1.8 * expected) << units;
    }
}

TEST(LabInit, BiasesStartAtTheShiftAndTheOutputBiasAtZero)
{
    const LabParams params{.hiddenUnits = 12, .biasShift = -1.75, .seed = 3};
    const LabNetwork network = lre::initial_lab_network(params, 0.4);
    EXPECT_TRUE(std::ranges::all_of(network.hiddenBiases(), [](double b) { return b == -1.75; }));
    EXPECT_EQ(network.outputBias(), 0.0);
    EXPECT_EQ(network.alpha(), 0.4);
    EXPECT_EQ(network.hiddenUnits(), 12);
}

TEST(LabInit, DataCoverTheWholeXRange)
{
    const LabData data = lre::make_lab_data(LabParams{.seed = 11, .points = 2000});
    const auto [lowest, highest] = std::ranges::minmax(data.x);
    EXPECT_LT(lowest, lre::lab_limits::kXMin + 0.05);
    EXPECT_GT(highest, lre::lab_limits::kXMax - 0.05);
    EXPECT_NEAR(moments(data.x).mean, 0.0, 0.15);
    // Uniform over [-3, 3]: variance 3.
    EXPECT_NEAR(moments(data.x).variance, 3.0, 0.3);
}

TEST(LabInit, NoiseIsCentredOnTheSine)
{
    const LabData data = lre::make_lab_data(LabParams{.seed = 2, .points = 2000, .noise = 0.5});
    std::vector<double> noise;
    for (std::size_t i = 0; i < data.x.size(); ++i)
        noise.push_back(data.y[i] - std::sin(2.0 * data.x[i]));
    const Moments m = moments(noise);
    EXPECT_NEAR(m.mean, 0.0, 0.05);
    EXPECT_NEAR(std::sqrt(m.variance), 0.5, 0.04);
}

// A seed stands for its data and weights: figures in the README and exported CSV files are
// reproduced from it, so the draws must not change from one version to the next.
TEST(LabInit, DrawsOfASeedArePinned)
{
    lre::LabRandom random(1);
    EXPECT_NEAR(random.normal(), 0.35099249780849107, 1e-12);
    EXPECT_NEAR(random.normal(), 0.405290193321616, 1e-12);
    EXPECT_NEAR(random.normal(), 1.0859449105047105, 1e-12);
    const LabParams params{.seed = 1};
    const LabData data = lre::make_lab_data(params);
    EXPECT_NEAR(data.x[0], -2.196740135924804, 1e-12);
    EXPECT_NEAR(data.y[0], 0.8979446947182764, 1e-12);
    const LabNetwork network = lre::initial_lab_network(params, 0.1);
    EXPECT_NEAR(network.inputWeights()[0], 0.6584732710769081, 1e-12);
    EXPECT_NEAR(network.outputWeights()[0], -0.06793101148271234, 1e-12);
}

TEST(LabParams, WholeNumbersAreAskedForAsSuch)
{
    const auto message = [](LabParams p) { return lre::validate_lab_params(p).value_or(""); };
    EXPECT_EQ(message({.epochs = 0}), "epochs must be a whole number from 1 to 100000");
    EXPECT_EQ(message({.points = 7}), "points must be a whole number from 8 to 2000");
    EXPECT_EQ(message({.hiddenUnits = 513}), "hidden units must be a whole number from 4 to 512");
    EXPECT_EQ(message({.biasShift = 6.0}), "bias shift must be a finite number from -5 to 5");
    EXPECT_EQ(message({.noise = 1.5}), "noise must be a finite number from 0 to 1");
    EXPECT_EQ(message({.alpha = -11.0}), "alpha must be a finite number from -10 to 10");
}

TEST(LabNetwork, BackpropIsExactForEveryInputCount)
{
    // 4 lanes: counts with each remainder, so that the tail loop runs with 1, 2 and 3 inputs.
    for (int points : {8, 9, 10, 11, 41, 42, 43}) {
        for (double alpha : {0.0, 0.3}) {
            const LabParams params{.alpha = alpha, .hiddenUnits = 5, .biasShift = 0.2,
                                   .seed = static_cast<std::uint64_t>(points), .points = points};
            const LabData data = lre::make_lab_data(params);
            LabNetwork network = lre::initial_lab_network(params, alpha);
            network.outputBias() = 0.3;
            const double loss = network.evaluate(data).loss;
            EXPECT_DOUBLE_EQ(loss, network.loss(data));
            const std::vector<double> expected = reference_gradient(network, data);
            ASSERT_EQ(network.gradient().size(), expected.size());
            for (std::size_t k = 0; k < expected.size(); ++k)
                EXPECT_NEAR(network.gradient()[k], expected[k], 1e-12 + 1e-10 * std::abs(expected[k]))
                    << "points " << points << " alpha " << alpha << " parameter " << k;
        }
    }
}

TEST(LabNetwork, PreActivationExactlyZeroPassesTheLeftLimit)
{
    // Unit 0 is exactly 0 at x = 0 and x = 1 (w = 0, b = 0); unit 1 is exactly 0 at x = 0.
    const LabData data{.x = {0.0, 1.0, -1.0, 0.5}, .y = {0.5, -0.25, 1.0, 0.0}};
    for (double alpha : {0.0, 0.25}) {
        LabNetwork network = network_with(alpha, {0.0, 2.0, -1.0, 0.5}, {0.0, 0.0, 0.5, -0.25},
                                          {0.7, -1.1, 0.4, 0.9}, 0.1);
        network.evaluate(data);
        const std::vector<double> expected = reference_gradient(network, data);
        for (std::size_t k = 0; k < expected.size(); ++k)
            EXPECT_NEAR(network.gradient()[k], expected[k], 1e-15) << "alpha " << alpha << " parameter " << k;
    }
}

TEST(LabNetwork, AStepGoesDownTheGradient)
{
    const LabParams params{.hiddenUnits = 8, .biasShift = 0.1, .seed = 6, .points = 30};
    const LabData data = lre::make_lab_data(params);
    LabNetwork network = lre::initial_lab_network(params, 0.1);
    network.outputBias() = 0.5;
    const double before = network.evaluate(data).loss;
    const std::vector<double> parameters(network.parameters().begin(), network.parameters().end());
    const std::vector<double> gradient(network.gradient().begin(), network.gradient().end());
    ASSERT_NE(gradient.back(), 0.0);
    network.descend(1e-3);
    for (std::size_t k = 0; k < parameters.size(); ++k)
        EXPECT_EQ(network.parameters()[k], parameters[k] - 1e-3 * gradient[k]) << k;
    EXPECT_LT(network.loss(data), before);
}

TEST(LabNetwork, DeadMeansNeverAbovePreActivationZero)
{
    const LabData data{.x = {-1.0, 0.5, 2.0}, .y = {0.0, 0.0, 0.0}};
    // Unit 0 reaches exactly 0 at the highest input, unit 1 exactly 0 at the lowest: both dead.
    // Unit 2 is negative at one end only, unit 3 everywhere positive: both alive.
    const LabNetwork network = network_with(0.0, {1.0, -1.0, 1.0, 0.0}, {-2.0, -1.0, -0.5, 0.5},
                                            {1.0, 1.0, 1.0, 1.0}, 0.0);
    EXPECT_EQ(network.deadFraction(data), 0.5);
    LabNetwork copy = network;
    EXPECT_EQ(copy.evaluate(data).deadFraction, 0.5);
    // No input at all: no unit is ever above 0.
    EXPECT_EQ(network.deadFraction(LabData{}), 1.0);
    EXPECT_EQ(network.loss(LabData{}), 0.0);
}

TEST(LabNetwork, LossIsTheMeanSquaredError)
{
    const LabData data{.x = {-1.0, 0.0, 2.0}, .y = {1.0, -1.0, 0.5}};
    LabNetwork network = network_with(0.5, {1.0, -2.0, 0.5, 1.0}, {0.0, 1.0, -1.0, 0.25},
                                      {1.0, 0.5, -1.0, 2.0}, 0.25);
    double sum = 0.0;
    for (std::size_t i = 0; i < data.x.size(); ++i) {
        double y = 0.25;
        const double w[] = {1.0, -2.0, 0.5, 1.0}, b[] = {0.0, 1.0, -1.0, 0.25}, v[] = {1.0, 0.5, -1.0, 2.0};
        for (int j = 0; j < 4; ++j) {
            const double z = w[j] * data.x[i] + b[j];
            y += v[j] * (z > 0.0 ? z : 0.5 * z);
        }
        sum += (y - data.y[i]) * (y - data.y[i]);
    }
    EXPECT_DOUBLE_EQ(network.loss(data), sum / 3.0);
    EXPECT_DOUBLE_EQ(network.evaluate(data).loss, sum / 3.0);
}

TEST(LabRun, BothNetworksStartFromTheSameWeightsWithTheirOwnAlpha)
{
    const LabParams params{.alpha = 0.3, .epochs = 10, .seed = 5};
    const lre::LabResult result = lre::run_lab(params, [](const LabRecord &) { return false; });
    ASSERT_EQ(result.records.size(), 1u);
    EXPECT_EQ(result.relu.alpha(), 0.0);
    EXPECT_EQ(result.leaky.alpha(), 0.3);
    EXPECT_TRUE(std::ranges::equal(result.relu.parameters(), result.leaky.parameters()));
    EXPECT_TRUE(std::ranges::equal(result.relu.parameters(),
                                   lre::initial_lab_network(params, 0.0).parameters()));
}

TEST(LabRun, BothNetworksTakeTheSameStepSize)
{
    // alpha = 0: both networks are ReLU networks, so they must stay identical.
    const lre::LabResult result = lre::run_lab(LabParams{.alpha = 0.0, .epochs = 50, .seed = 3});
    EXPECT_TRUE(std::ranges::equal(result.relu.parameters(), result.leaky.parameters()));
    for (const LabRecord &r : result.records)
        EXPECT_EQ(r.lossRelu, r.lossLeaky) << r.epoch;
}

TEST(LabRun, DivergenceOfTheReluNetworkStopsTheRunAndRollsBothBack)
{
    // Here ReLU's loss stops being finite one epoch before Leaky ReLU's.
    const LabParams params{.alpha = 0.2, .learningRate = 0.5, .biasShift = -1.0, .epochs = 200, .seed = 1};
    const lre::LabResult result = lre::run_lab(params);
    EXPECT_EQ(result.outcome, LabOutcome::Diverged);
    ASSERT_GE(result.records.size(), 2u);
    for (const LabRecord &r : result.records)
        EXPECT_TRUE(std::isfinite(r.lossRelu) && std::isfinite(r.lossLeaky)) << r.epoch;
    const LabRecord &last = result.records.back();
    for (const LabNetwork *network : {&result.relu, &result.leaky})
        EXPECT_TRUE(std::ranges::all_of(network->parameters(), [](double p) { return std::isfinite(p); }));
    EXPECT_DOUBLE_EQ(result.relu.loss(result.data), last.lossRelu);
    EXPECT_DOUBLE_EQ(result.leaky.loss(result.data), last.lossLeaky);
    EXPECT_EQ(result.relu.deadFraction(result.data), last.deadRelu);
}

TEST(LabRun, DivergenceOfTheLeakyNetworkRollsBothBack)
{
    const LabParams params{.alpha = 1.0, .learningRate = 1.0, .epochs = 500};
    const lre::LabResult result = lre::run_lab(params);
    ASSERT_EQ(result.outcome, LabOutcome::Diverged);
    const LabRecord &last = result.records.back();
    EXPECT_DOUBLE_EQ(result.relu.loss(result.data), last.lossRelu);
    EXPECT_DOUBLE_EQ(result.leaky.loss(result.data), last.lossLeaky);
}

TEST(LabRun, RunsExactlyTheEpochsAskedFor)
{
    for (int epochs : {1, 2, 7}) {
        const lre::LabResult result = lre::run_lab(LabParams{.epochs = epochs});
        ASSERT_EQ(result.records.size(), static_cast<std::size_t>(epochs) + 1);
        EXPECT_EQ(result.records.back().epoch, epochs);
    }
}

TEST(LabFit, UnitsSharingAKinkGiveOneVertex)
{
    // Kinks at 1 (units 0 and 1), -0.5 and 0.5.
    const LabNetwork network = network_with(0.1, {1.0, 2.0, 2.0, -1.0}, {-1.0, -2.0, 1.0, 0.5},
                                            {1.0, -0.5, 0.25, 1.0}, 0.0);
    const lre::Polyline line = lre::fitted_curve(network, -3.0, 3.0);
    ASSERT_EQ(line.size(), 5u);
    const double xs[] = {-3.0, -0.5, 0.5, 1.0, 3.0};
    for (std::size_t i = 0; i < line.size(); ++i) {
        EXPECT_EQ(line[i].x, xs[i]);
        EXPECT_EQ(line[i].y, network.predict(xs[i]));
    }
}

double read_number(const std::string &text)
{
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    EXPECT_TRUE(ec == std::errc() && end == text.data() + text.size()) << text;
    return value;
}

TEST(LabCsv, EveryNumberReadsBackToTheSameDouble)
{
    // 12 units: dead fractions such as 1/12 need all 17 digits.
    const lre::LabResult result = lre::run_lab(LabParams{.hiddenUnits = 12, .epochs = 40, .seed = 2});
    std::ostringstream out;
    lre::write_lab_csv(out, result.records);
    std::istringstream in(out.str());
    std::string line;
    std::getline(in, line);
    std::size_t row = 0;
    bool awkwardFraction = false;
    while (std::getline(in, line)) {
        ASSERT_LT(row, result.records.size());
        const LabRecord &r = result.records[row++];
        std::vector<std::string> cells;
        std::stringstream fields(line);
        for (std::string cell; std::getline(fields, cell, ',');)
            cells.push_back(cell);
        ASSERT_EQ(cells.size(), 5u) << line;
        EXPECT_EQ(read_number(cells[0]), r.epoch);
        EXPECT_EQ(read_number(cells[1]), r.lossRelu);
        EXPECT_EQ(read_number(cells[2]), r.lossLeaky);
        EXPECT_EQ(read_number(cells[3]), r.deadRelu);
        EXPECT_EQ(read_number(cells[4]), r.deadLeaky);
        awkwardFraction = awkwardFraction || (r.deadRelu * 12 != 0 && std::fmod(r.deadRelu * 12, 3) != 0);
    }
    EXPECT_EQ(row, result.records.size());
    EXPECT_TRUE(awkwardFraction) << "no dead fraction that six digits cannot hold";
}

} // namespace
