// SPDX-License-Identifier: GPL-3.0-or-later
#include "labclaims.h"

#include "activation.h"
#include "cpustate.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>

namespace lre {

UnitStats unit_stats(const LabNetwork &network, const LabData &data)
{
    UnitStats stats;
    LabNetwork copy = network;
    const LabNetwork::Evaluation evaluation = copy.evaluate(data);
    stats.loss = evaluation.loss;
    stats.deadFraction = evaluation.deadFraction;

    const auto w = network.inputWeights();
    const auto b = network.hiddenBiases();
    const double alpha = network.alpha();
    const std::size_t h = w.size();
    const std::size_t n = data.x.size();
    std::vector<double> activations;
    activations.reserve(h * n);
    std::size_t zeroDerivative = 0;
    std::size_t zeroActivation = 0;
    double largest = 0.0;
    for (std::size_t j = 0; j < h; ++j) {
        for (double x : data.x) {
            // The same expressions as LabNetwork::evaluate, so the zeros are the ones training sees.
            const double z = w[j] * x + b[j];
            const double a = leaky_relu(z, alpha);
            zeroDerivative += leaky_relu_grad(z, alpha, ZeroGradient::LeftLimit) == 0.0 ? 1 : 0;
            zeroActivation += a == 0.0 ? 1 : 0;
            largest = std::max(largest, std::abs(a));
            activations.push_back(a);
        }
    }
    const double threshold = 0.01 * largest;
    const auto near = std::ranges::count_if(activations, [&](double a) { return std::abs(a) <= threshold; });

    const auto gradient = copy.gradient();
    std::size_t silent = 0;
    for (std::size_t j = 0; j < h; ++j)
        silent += gradient[j] == 0.0 && gradient[h + j] == 0.0 && gradient[2 * h + j] == 0.0 ? 1 : 0;

    const double entries = static_cast<double>(h * n);
    if (entries > 0) {
        stats.zeroDerivative = static_cast<double>(zeroDerivative) / entries;
        stats.zeroActivation = static_cast<double>(zeroActivation) / entries;
        stats.nearZeroActivation = static_cast<double>(near) / entries;
    }
    if (h > 0)
        stats.noGradientUnits = static_cast<double>(silent) / static_cast<double>(h);
    return stats;
}

LabSeedMeasure measure_lab_seed(const LabParams &params, std::uint64_t seed)
{
    LabParams p = params;
    p.seed = seed;
    const LabResult result = run_lab(p);
    LabSeedMeasure m;
    m.seed = seed;
    m.outcome = result.outcome;
    m.reluStart = unit_stats(initial_lab_network(p, 0.0), result.data);
    m.leakyStart = unit_stats(initial_lab_network(p, p.alpha), result.data);
    m.reluEnd = unit_stats(result.relu, result.data);
    m.leakyEnd = unit_stats(result.leaky, result.data);
    return m;
}

std::vector<LabSeedMeasure> measure_lab_seeds(const LabClaimsParams &params,
                                              const std::function<bool()> &keepGoing,
                                              const std::function<void(const LabSeedMeasure &)> &onSeed)
{
    std::vector<std::optional<LabSeedMeasure>> slots(params.seeds.size());
    std::atomic<bool> cancelled = false;
    tbb::parallel_for(std::size_t{0}, params.seeds.size(), [&](std::size_t i) {
        if (cancelled.load() || (keepGoing && !keepGoing())) {
            cancelled = true;
            return;
        }
        clear_upper_registers();
        slots[i] = measure_lab_seed(params.lab, params.seeds[i]);
        if (onSeed)
            onSeed(*slots[i]);
    });
    std::vector<LabSeedMeasure> measures;
    for (auto &slot : slots) {
        if (slot)
            measures.push_back(std::move(*slot));
    }
    return measures;
}

Spread spread_of(const std::vector<LabSeedMeasure> &seeds, double UnitStats::*figure,
                 UnitStats LabSeedMeasure::*state)
{
    Spread s;
    s.count = static_cast<int>(seeds.size());
    if (seeds.empty())
        return s;
    s.min = s.max = (seeds.front().*state).*figure;
    double sum = 0.0;
    for (const LabSeedMeasure &m : seeds) {
        const double v = (m.*state).*figure;
        sum += v;
        s.min = std::min(s.min, v);
        s.max = std::max(s.max, v);
    }
    s.mean = sum / s.count;
    if (s.count > 1) {
        double squares = 0.0;
        for (const LabSeedMeasure &m : seeds) {
            const double d = (m.*state).*figure - s.mean;
            squares += d * d;
        }
        s.standardError = std::sqrt(squares / (s.count - 1) / s.count);
    }
    return s;
}

} // namespace lre
