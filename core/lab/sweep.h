// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

// Sensitivity sweeps: the lab's two networks trained over a grid of learning rates or of alphas,
// many seeds a grid point, every run on any core. Each network is trained on its own, exactly as
// the lab trains it (the lab's two networks never share a number), so a run that does not
// diverge ends where the lab's does, bit for bit; a network that diverges stops alone, and the
// other goes on.

namespace lre {

enum class SweepKind { LearningRate, Alpha };
std::string_view sweep_kind_name(SweepKind kind); // "lr", "alpha"

namespace sweep_limits {
inline constexpr int kSeedsMin = 1;
inline constexpr int kSeedsMax = 1000;
inline constexpr int kStepsMin = 2;
inline constexpr int kStepsMax = 200;
inline constexpr std::size_t kValuesMax = 200;
} // namespace sweep_limits

struct SweepSpec {
    SweepKind kind = SweepKind::LearningRate;
    // Units, epochs, init, points, noise, bias shift; alpha for a learning-rate sweep; the
    // learning rate for an alpha sweep. The seed is the first of the seeds.
    LabParams base;
    std::vector<double> values; // learning rates, or alphas
    int seeds = 20;             // seeds base.seed, base.seed + 1, ...

    friend bool operator==(const SweepSpec &, const SweepSpec &) = default;
};

// n values from min to max, evenly spaced in log10 (ends exact).
std::vector<double> log_spaced(double min, double max, int n);
// 16 rates from 1e-3 to 0.3, 20 seeds, He init, 2000 epochs, at the given alpha.
SweepSpec default_lr_sweep(double alpha);
// 0 (ReLU), 0.001, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5, 1 at one learning rate, 20 seeds, He init.
SweepSpec default_alpha_sweep(double learningRate);
std::optional<std::string> validate_sweep(const SweepSpec &spec);

// One network's run: ReLU is alpha 0; a learned-alpha (PReLU) run starts at alpha.
struct SweepRun {
    int valueIndex = 0;
    std::uint64_t seed = 0;
    bool relu = false;
    bool prelu = false;
    double alpha = 0.0;
    double learningRate = 0.0;
    double finalLoss = 0.0;  // at the last finite epoch
    double bestLoss = 0.0;   // the lowest loss of any epoch
    double finalDead = 0.0;
    double finalAlpha = 0.0;          // alpha at the last finite epoch (a learned one's mean)
    std::optional<int> divergedEpoch; // the first epoch whose loss was not finite

    friend bool operator==(const SweepRun &, const SweepRun &) = default;
};

// The runs of a spec in a fixed order: value, then seed, then ReLU before Leaky ReLU before the
// learned-alpha network. An alpha sweep trains one network per value and seed (alpha 0 is
// ReLU); a learning-rate sweep two; base.prelu other than off adds the learned one to each.
std::size_t sweep_run_count(const SweepSpec &spec);

struct SweepResult {
    SweepSpec spec;
    std::vector<std::optional<SweepRun>> runs; // in sweep order; empty where cancelled
    bool cancelled = false;
    std::size_t completed() const;
};

// Called from worker threads as each run completes (must be thread-safe).
using SweepProgress = std::function<void(std::size_t index, const SweepRun &run)>;

// Runs every run on every core (oneTBB). The result is the same whatever the thread count.
// Setting *cancel stops every run within an epoch. spec must be valid (throws
// std::invalid_argument with validate_sweep's message if not).
SweepResult run_sweep(const SweepSpec &spec, const SweepProgress &onRun = {},
                      const std::atomic<bool> *cancel = nullptr);

// run_sweep on threads of lower priority (nice 10 on Linux) than the calling process's others,
// so that an interactive thread keeps the cores it needs. The same result.
SweepResult run_sweep_yielding(const SweepSpec &spec, const SweepProgress &onRun = {},
                               const std::atomic<bool> *cancel = nullptr);

// One run alone, as run_sweep does it.
SweepRun run_sweep_one(const SweepSpec &spec, std::size_t index,
                       const std::atomic<bool> *cancel = nullptr);

// Per grid point and network: medians and quartiles over the seeds that did not diverge.
struct SweepPoint {
    double value = 0.0;
    int runs = 0;
    int diverged = 0;
    std::optional<double> medianLoss; // none when every run diverged
    double lossQ1 = 0.0;
    double lossQ3 = 0.0;
    std::optional<double> medianDead;
    double deadQ1 = 0.0;
    double deadQ3 = 0.0;
    // Where alpha ended: the learned network's final (mean) alpha; a fixed one's alpha.
    double medianAlpha = 0.0;
    double alphaQ1 = 0.0;
    double alphaQ3 = 0.0;
};

struct SweepSummary {
    std::vector<SweepPoint> relu;  // learning-rate sweep: one per rate; alpha sweep: empty
    std::vector<SweepPoint> leaky; // one per value
    std::vector<SweepPoint> prelu; // one per value when base.prelu is not off, else empty
};
SweepSummary summarize(const SweepResult &result);

// The learning rates (a sweep's grid points) where a network's median final loss is within
// `factor` of its best median: the lowest and highest such rate and the width in decades.
struct LrWindow {
    bool found = false;
    double low = 0.0;
    double high = 0.0;
    double decades = 0.0;
    double bestLoss = 0.0;
    double bestRate = 0.0;
};
LrWindow lr_window(const std::vector<SweepPoint> &points, double factor = 2.0);

// The grid point whose learned alpha the Sensitivity and Claims pages report: the lowest median
// final loss among the points where at least half of the runs did not diverge (a median over a
// few survivors of a rate that kills the rest says little). None when no point qualifies.
std::optional<std::size_t> learned_alpha_point(const std::vector<SweepPoint> &points);

// The rule behind the page's summary sentence: comparing the two windows' widths. Leaky ReLU is
// "less sensitive" when its window is wider by at least a quarter decade (one grid step of the
// default sweep is 0.16 decades), "more sensitive" when narrower by that, else "no clear
// difference"; "alpha is zero" when Leaky ReLU is ReLU.
enum class SensitivityVerdict { LeakyLessSensitive, LeakyMoreSensitive, NoClearDifference, AlphaIsZero, NotEnoughData };
inline constexpr double kWindowMarginDecades = 0.25;
SensitivityVerdict compare_windows(const LrWindow &relu, const LrWindow &leaky, double alpha);

inline constexpr const char *kSweepCsvHeader =
    "sweep,value,seed,activation,alpha,learning_rate,final_loss,best_loss,final_dead,diverged_epoch";
// With base.prelu other than off: activation "prelu" rows and a final_alpha column at the end.
inline constexpr const char *kSweepCsvPreluColumn = ",final_alpha";
void write_sweep_csv(std::ostream &out, const SweepResult &result);

} // namespace lre
