// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"
#include "labrandom.h"
#include "samples.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

namespace {

using lre::LabOutcome;
using lre::LabParams;
using lre::LabRecord;

// A network after a few steps from its initial weights, so that no parameter sits at its start.
lre::LabNetwork trained_a_little(const LabParams &params, double alpha, const lre::LabData &data)
{
    lre::LabNetwork network = lre::initial_lab_network(params, alpha);
    for (int step = 0; step < 20; ++step) {
        network.evaluate(data);
        network.descend(params.learningRate);
    }
    return network;
}

TEST(LabRandom, RawBitsAreTheStandardMersenneTwister)
{
    // The standard fixes the 10000th output of a default-constructed mt19937_64.
    lre::LabRandom random(5489u);
    for (int i = 1; i < 10000; ++i)
        random.uniform();
    EXPECT_EQ(random.uniform(), static_cast<double>(9981545732273789042ULL >> 11) * 0x1.0p-53);
}

TEST(LabRandom, NormalHasMeanZeroAndUnitVariance)
{
    lre::LabRandom random(42);
    constexpr int kDraws = 200'000;
    double sum = 0.0;
    double sumSquares = 0.0;
    for (int i = 0; i < kDraws; ++i) {
        const double z = random.normal();
        ASSERT_TRUE(std::isfinite(z));
        sum += z;
        sumSquares += z * z;
    }
    const double mean = sum / kDraws;
    EXPECT_NEAR(mean, 0.0, 0.01);
    EXPECT_NEAR(sumSquares / kDraws - mean * mean, 1.0, 0.01);
}

TEST(Lab, DataFollowTheSineWithinTheNoise)
{
    const LabParams params{.points = 500, .noise = 0.1};
    const lre::LabData data = lre::make_lab_data(params);
    ASSERT_EQ(data.x.size(), 500u);
    ASSERT_EQ(data.y.size(), 500u);
    double squaredNoise = 0.0;
    for (std::size_t i = 0; i < data.x.size(); ++i) {
        EXPECT_GE(data.x[i], lre::lab_limits::kXMin);
        EXPECT_LT(data.x[i], lre::lab_limits::kXMax);
        const double noise = data.y[i] - std::sin(2.0 * data.x[i]);
        squaredNoise += noise * noise;
    }
    EXPECT_NEAR(std::sqrt(squaredNoise / 500.0), 0.1, 0.01);
}

TEST(Lab, BackpropMatchesCentralDifferences)
{
    for (const double alpha : {0.0, 0.1, 0.7, 2.0}) {
        for (const std::uint64_t seed : {3u, 8u}) {
            const LabParams params{.alpha = alpha, .hiddenUnits = 8, .learningRate = 0.01,
                                   .biasShift = -0.5, .seed = seed, .points = 40};
            const lre::LabData data = lre::make_lab_data(params);
            lre::LabNetwork network = trained_a_little(params, alpha, data);
            const double loss = network.evaluate(data).loss;
            EXPECT_DOUBLE_EQ(loss, network.loss(data));
            const std::vector<double> gradient(network.gradient().begin(), network.gradient().end());
            ASSERT_EQ(gradient.size(), 3u * 8u + 1u);

            for (std::size_t k = 0; k < gradient.size(); ++k) {
                double &parameter = network.parameters()[k];
                const double original = parameter;
                const double step = 1e-6 * std::max(1.0, std::abs(original));
                parameter = original + step;
                const double above = network.loss(data);
                parameter = original - step;
                const double below = network.loss(data);
                parameter = original;
                const double numeric = (above - below) / (2.0 * step);
                EXPECT_NEAR(gradient[k], numeric, 1e-6 + 1e-5 * std::abs(numeric))
                    << "alpha " << alpha << " seed " << seed << " parameter " << k;
            }
        }
    }
}

TEST(Lab, DeadFractionCountsUnitsNeverPositiveOnAnyInput)
{
    for (const double shift : {-3.0, -1.0, 0.0, 0.5}) {
        const LabParams params{.hiddenUnits = 64, .biasShift = shift, .seed = 5};
        const lre::LabData data = lre::make_lab_data(params);
        lre::LabNetwork network = lre::initial_lab_network(params, 0.0);
        int dead = 0;
        for (int j = 0; j < 64; ++j) {
            const bool everPositive = std::ranges::any_of(data.x, [&](double x) {
                return network.inputWeights()[j] * x + network.hiddenBiases()[j] > 0.0;
            });
            dead += everPositive ? 0 : 1;
        }
        EXPECT_EQ(network.deadFraction(data), dead / 64.0) << shift;
        EXPECT_EQ(network.evaluate(data).deadFraction, dead / 64.0) << shift;
    }
}

TEST(Lab, SameSeedSameRecords)
{
    const LabParams params{.epochs = 300, .seed = 17};
    const lre::LabResult first = lre::run_lab(params);
    const lre::LabResult second = lre::run_lab(params);
    ASSERT_EQ(first.records.size(), 301u);
    EXPECT_EQ(first.records, second.records);
    EXPECT_TRUE(std::ranges::equal(first.leaky.parameters(), second.leaky.parameters()));
    EXPECT_TRUE(std::ranges::equal(first.relu.parameters(), second.relu.parameters()));

    LabParams otherSeed = params;
    otherSeed.seed = 18;
    EXPECT_NE(lre::run_lab(otherSeed).records, first.records);
}

// The reason the lab exists: with the defaults, units that start dead stay dead under ReLU, which
// then cannot fit the data, while Leaky ReLU keeps a gradient of alpha for them and recovers.
TEST(Lab, LeakyReluRescuesDeadUnitsAcrossSeeds)
{
    int leakyBetter = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        LabParams params;
        params.alpha = 0.1;
        params.seed = seed;
        const lre::LabResult result = lre::run_lab(params);
        ASSERT_EQ(result.outcome, LabOutcome::Finished) << seed;
        const LabRecord &end = result.records.back();
        EXPECT_GE(end.deadRelu, 0.25) << "seed " << seed;
        const bool better = end.deadLeaky < end.deadRelu && end.lossLeaky < end.lossRelu;
        leakyBetter += better ? 1 : 0;
        RecordProperty("seed" + std::to_string(seed),
                       lre::format_double(end.deadRelu) + " " + lre::format_double(end.deadLeaky) + " "
                           + lre::format_double(end.lossRelu) + " " + lre::format_double(end.lossLeaky));
    }
    EXPECT_GE(leakyBetter, 9);
}

TEST(Lab, CancellingMidRunKeepsAConsistentPrefix)
{
    const LabParams params{.epochs = 400, .seed = 4};
    int calls = 0;
    const lre::LabResult partial = lre::run_lab(params, [&](const LabRecord &record) {
        EXPECT_EQ(record.epoch, calls);
        ++calls;
        return record.epoch < 150;
    });
    EXPECT_EQ(partial.outcome, LabOutcome::Cancelled);
    ASSERT_EQ(partial.records.size(), 151u);
    EXPECT_EQ(calls, 151);

    const lre::LabResult full = lre::run_lab(params);
    EXPECT_EQ(full.outcome, LabOutcome::Finished);
    ASSERT_EQ(full.records.size(), 401u);
    EXPECT_TRUE(std::equal(partial.records.begin(), partial.records.end(), full.records.begin()));

    // The networks hold the weights the last record describes.
    const LabRecord &last = partial.records.back();
    EXPECT_DOUBLE_EQ(partial.relu.loss(partial.data), last.lossRelu);
    EXPECT_DOUBLE_EQ(partial.leaky.loss(partial.data), last.lossLeaky);
    EXPECT_EQ(partial.relu.deadFraction(partial.data), last.deadRelu);
    EXPECT_EQ(partial.leaky.deadFraction(partial.data), last.deadLeaky);
}

TEST(Lab, CancellingAtTheFirstRecordKeepsTheInitialWeights)
{
    const LabParams params{.epochs = 50};
    const lre::LabResult result = lre::run_lab(params, [](const LabRecord &) { return false; });
    EXPECT_EQ(result.outcome, LabOutcome::Cancelled);
    ASSERT_EQ(result.records.size(), 1u);
    EXPECT_TRUE(std::ranges::equal(result.relu.parameters(),
                                   lre::initial_lab_network(params, 0.0).parameters()));
}

TEST(Lab, DivergenceStopsWithFiniteRecords)
{
    // Every unit linear with slope 1 and a large step: gradient descent overshoots and grows.
    const LabParams params{.alpha = 1.0, .learningRate = 1.0, .epochs = 500};
    const lre::LabResult result = lre::run_lab(params);
    EXPECT_EQ(result.outcome, LabOutcome::Diverged);
    ASSERT_FALSE(result.records.empty());
    EXPECT_LT(result.records.size(), 501u);
    for (const LabRecord &r : result.records)
        EXPECT_TRUE(std::isfinite(r.lossRelu) && std::isfinite(r.lossLeaky)) << r.epoch;
    EXPECT_DOUBLE_EQ(result.leaky.loss(result.data), result.records.back().lossLeaky);
}

TEST(Lab, FittedCurveIsExactAtItsVerticesAndBetween)
{
    const LabParams params{.epochs = 200, .seed = 9};
    const lre::LabResult result = lre::run_lab(params);
    for (const lre::LabNetwork *network : {&result.relu, &result.leaky}) {
        const lre::Polyline line = lre::fitted_curve(*network, -3.0, 3.0);
        ASSERT_GE(line.size(), 2u);
        EXPECT_EQ(line.front().x, -3.0);
        EXPECT_EQ(line.back().x, 3.0);
        for (std::size_t i = 0; i < line.size(); ++i) {
            EXPECT_EQ(line[i].y, network->predict(line[i].x));
            if (i == 0)
                continue;
            EXPECT_LT(line[i - 1].x, line[i].x);
            // Piecewise linear between kinks: the midpoint lies on the chord.
            const double mid = (line[i - 1].x + line[i].x) / 2.0;
            EXPECT_NEAR(network->predict(mid), (line[i - 1].y + line[i].y) / 2.0, 1e-9);
        }
    }
}

TEST(Lab, ValidationAcceptsTheRangesAndRejectsJustOutside)
{
    namespace lim = lre::lab_limits;
    const LabParams valid;
    EXPECT_FALSE(lre::validate_lab_params(valid));
    const auto with = [&](auto change) {
        LabParams p = valid;
        change(p);
        return lre::validate_lab_params(p);
    };
    constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
    constexpr double kInf = std::numeric_limits<double>::infinity();

    EXPECT_FALSE(with([](LabParams &p) { p.alpha = -10.0; }));
    EXPECT_FALSE(with([](LabParams &p) { p.alpha = 10.0; }));
    EXPECT_TRUE(with([](LabParams &p) { p.alpha = 10.000001; }));
    EXPECT_TRUE(with([&](LabParams &p) { p.alpha = kNan; }));

    EXPECT_FALSE(with([](LabParams &p) { p.hiddenUnits = lim::kHiddenUnitsMin; }));
    EXPECT_FALSE(with([](LabParams &p) { p.hiddenUnits = lim::kHiddenUnitsMax; }));
    EXPECT_TRUE(with([](LabParams &p) { p.hiddenUnits = lim::kHiddenUnitsMin - 1; }));
    EXPECT_TRUE(with([](LabParams &p) { p.hiddenUnits = lim::kHiddenUnitsMax + 1; }));

    EXPECT_FALSE(with([](LabParams &p) { p.learningRate = lim::kLearningRateMin; }));
    EXPECT_FALSE(with([](LabParams &p) { p.learningRate = lim::kLearningRateMax; }));
    EXPECT_TRUE(with([](LabParams &p) { p.learningRate = 0.0; }));
    EXPECT_TRUE(with([](LabParams &p) { p.learningRate = 1.0000001; }));
    EXPECT_TRUE(with([&](LabParams &p) { p.learningRate = kInf; }));

    EXPECT_FALSE(with([](LabParams &p) { p.biasShift = lim::kBiasShiftMin; }));
    EXPECT_FALSE(with([](LabParams &p) { p.biasShift = lim::kBiasShiftMax; }));
    EXPECT_TRUE(with([](LabParams &p) { p.biasShift = -5.000001; }));
    EXPECT_TRUE(with([&](LabParams &p) { p.biasShift = kNan; }));

    EXPECT_FALSE(with([](LabParams &p) { p.epochs = lim::kEpochsMin; }));
    EXPECT_FALSE(with([](LabParams &p) { p.epochs = lim::kEpochsMax; }));
    EXPECT_TRUE(with([](LabParams &p) { p.epochs = 0; }));
    EXPECT_TRUE(with([](LabParams &p) { p.epochs = lim::kEpochsMax + 1; }));

    EXPECT_FALSE(with([](LabParams &p) { p.points = lim::kPointsMin; }));
    EXPECT_FALSE(with([](LabParams &p) { p.points = lim::kPointsMax; }));
    EXPECT_TRUE(with([](LabParams &p) { p.points = lim::kPointsMin - 1; }));
    EXPECT_TRUE(with([](LabParams &p) { p.points = lim::kPointsMax + 1; }));

    EXPECT_FALSE(with([](LabParams &p) { p.noise = 0.0; }));
    EXPECT_FALSE(with([](LabParams &p) { p.noise = 1.0; }));
    EXPECT_TRUE(with([](LabParams &p) { p.noise = -0.000001; }));

    EXPECT_FALSE(with([](LabParams &p) { p.seed = 0; }));
    EXPECT_FALSE(with([](LabParams &p) { p.seed = lim::kSeedMax; }));
    EXPECT_TRUE(with([](LabParams &p) { p.seed = lim::kSeedMax + 1; }));
    EXPECT_TRUE(with([](LabParams &p) { p.seed = std::numeric_limits<std::uint64_t>::max(); }));
    EXPECT_EQ(*with([](LabParams &p) { p.seed = lim::kSeedMax + 1; }),
              "seed must be a whole number from 0 to 999999999");

    EXPECT_EQ(*with([](LabParams &p) { p.hiddenUnits = 3; }),
              "hidden units must be a whole number from 4 to 512");
    EXPECT_EQ(*with([](LabParams &p) { p.learningRate = 2.0; }),
              "learning rate must be a finite number from 0.0001 to 1");
}

TEST(Lab, RunRefusesInvalidParams)
{
    EXPECT_THROW(lre::run_lab(LabParams{.hiddenUnits = 2}), std::invalid_argument);
}

TEST(Lab, CsvHasTheHeaderAndOneRowPerRecord)
{
    const lre::LabResult result = lre::run_lab(LabParams{.epochs = 25});
    std::ostringstream out;
    lre::write_lab_csv(out, result.records);
    std::istringstream in(out.str());
    std::string line;
    ASSERT_TRUE(std::getline(in, line));
    EXPECT_EQ(line, "epoch,loss_relu,loss_leaky,dead_relu,dead_leaky");
    EXPECT_EQ(line, lre::kLabCsvHeader);
    int rows = 0;
    while (std::getline(in, line)) {
        const LabRecord &r = result.records[static_cast<std::size_t>(rows)];
        EXPECT_EQ(line, std::to_string(r.epoch) + ',' + lre::format_double(r.lossRelu) + ','
                            + lre::format_double(r.lossLeaky) + ',' + lre::format_double(r.deadRelu)
                            + ',' + lre::format_double(r.deadLeaky));
        ++rows;
    }
    EXPECT_EQ(rows, 26);
}

} // namespace
