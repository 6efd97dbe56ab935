// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"

#include <cstdint>
#include <functional>
#include <vector>

// What the claims measure on the lab's networks (lab.h): per network and state, the fractions of
// hidden activations and activation derivatives that are exactly 0, and of units that receive no
// gradient at all; over several seeds of the lab at its defaults.

namespace lre {

// One network at one set of weights, over the training inputs (H units x n inputs entries).
struct UnitStats {
    double loss = 0.0;
    double deadFraction = 0.0;       // units with pre-activation <= 0 on every input
    double zeroDerivative = 0.0;     // entries whose activation derivative is exactly 0
    double noGradientUnits = 0.0;    // units whose w, b and v gradients are all exactly 0
    double zeroActivation = 0.0;     // entries whose activation is exactly 0
    double nearZeroActivation = 0.0; // entries with |a| <= 1% of the largest |a| of the layer
};

UnitStats unit_stats(const LabNetwork &network, const LabData &data);

struct LabSeedMeasure {
    std::uint64_t seed = 0;
    LabOutcome outcome = LabOutcome::Finished;
    UnitStats reluStart, reluEnd, leakyStart, leakyEnd;
};

struct LabClaimsParams {
    LabParams lab; // alpha from the explorer, everything else the lab's defaults
    std::vector<std::uint64_t> seeds{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
};

// One lab run of params.lab at seed, measured at its initial and its final weights.
LabSeedMeasure measure_lab_seed(const LabParams &params, std::uint64_t seed);

// Every seed (in parallel; the result is in seed order and does not depend on the thread count).
// onSeed, if given, is called as each seed finishes, from the thread that ran it; keepGoing is
// polled before each seed starts. Seeds not run are missing from the result.
std::vector<LabSeedMeasure> measure_lab_seeds(const LabClaimsParams &params,
                                              const std::function<bool()> &keepGoing = {},
                                              const std::function<void(const LabSeedMeasure &)> &onSeed = {});

// Mean, smallest and largest of one figure over the seeds, and the standard error of the mean.
struct Spread {
    double mean = 0.0;
    double min = 0.0;
    double max = 0.0;
    double standardError = 0.0;
    int count = 0;
};
Spread spread_of(const std::vector<LabSeedMeasure> &seeds, double UnitStats::*figure,
                 UnitStats LabSeedMeasure::*state);

} // namespace lre
