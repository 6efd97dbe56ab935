// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <vector>

// "Born dead" (Lu, Shin, Su, Karniadakis, arXiv 1903.06733): the fraction of randomly
// initialized networks that are a constant function on [-1, 1]. One input, depth hidden layers
// of width units, He normal weights N(0, 2 / fan_in), zero biases, a linear output. With zero
// biases the network is positively homogeneous for any alpha, so it is constant on [-1, 1]
// exactly when its last hidden layer is all zero at x = -1 and at x = +1: no grid.

namespace lre {

namespace born_dead_limits {
inline constexpr int kTrialsMin = 1;
inline constexpr int kTrialsMax = 1'000'000;
inline constexpr int kDefaultTrials = 10'000;
} // namespace born_dead_limits

struct BornDeadParams {
    double alpha = 0.1;  // Leaky ReLU's slope; ReLU is always alpha 0
    int trials = born_dead_limits::kDefaultTrials; // networks per cell
    std::uint64_t seed = 1;
    std::vector<int> widths{2, 3, 4, 5, 10};
    std::vector<int> depths{2, 3, 5, 10, 20, 30, 50}; // increasing
};

struct BornDeadCell {
    int width = 0;
    int depth = 0;
    int trials = 0;
    int deadRelu = 0;
    int deadLeaky = 0;
    // ReLU networks whose last hidden layer is all zero at x = +1: dead on the half-line x > 0,
    // whose probability is known exactly (born_dead_half_line).
    int deadReluHalfLine = 0;

    double fractionRelu() const;
    double fractionLeaky() const;
    double standardErrorRelu() const;
    double standardErrorLeaky() const;
};

struct BornDeadTable {
    BornDeadParams params;
    std::vector<BornDeadCell> cells; // width by width, each in depth order
    bool complete = true;            // false when cancelled

    const BornDeadCell *find(int width, int depth) const;
};

// Each depth's networks are the first layers of the deepest ones drawn (one trial, one network,
// checked after each depth of the list), and each trial draws from its own stream, seeded by
// (seed, width, trial): the table does not depend on the thread count, and ReLU's column does not
// depend on alpha (at alpha = 0 the Leaky column is the ReLU column). Runs on every core.
// keepGoing is polled between blocks of trials; when it returns false the table comes back
// incomplete.
BornDeadTable run_born_dead(const BornDeadParams &params, const std::function<bool()> &keepGoing = {});

// sqrt(p (1 - p) / n) with p = dead / n.
double binomial_standard_error(int dead, int trials);
// Exact for ReLU at depth 1 (0) and depth 2: 2^(1-N) 2^-N + (1 - 2^(1-N)) 4^-N.
double born_dead_exact_relu(int width, int depth);
// P(the last hidden layer of a ReLU network is all zero at x = +1) = 1 - (1 - 2^-N)^L, exactly:
// an upper bound for born dead, which needs x = -1 too.
double born_dead_half_line(int width, int depth);

inline constexpr const char *kBornDeadCsvHeader =
    "width,depth,activation,alpha,trials,born_dead,fraction,standard_error";
// Two rows per cell, relu then leaky_relu; every double in the shortest exact form.
void write_born_dead_csv(std::ostream &out, const BornDeadTable &table);

} // namespace lre
