// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curves.h"
#include "labnetwork.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The dying-ReLU lab: two copies of one small network, one with ReLU and one with Leaky ReLU,
// trained side by side on the same data from the same initial weights, so that the only
// difference between them is the slope alpha their units keep for negative pre-activations.

namespace lre::lab_limits {
inline constexpr int kHiddenUnitsMin = 4;
inline constexpr int kHiddenUnitsMax = 512;
inline constexpr double kLearningRateMin = 1e-4;
inline constexpr double kLearningRateMax = 1.0;
inline constexpr double kBiasShiftMin = -5.0;
inline constexpr double kBiasShiftMax = 5.0;
inline constexpr int kEpochsMin = 1;
inline constexpr int kEpochsMax = 100'000;
inline constexpr int kPointsMin = 8;
// Bounds the scratch memory: 3 arrays of H x points doubles per network, 49 MB at the largest.
inline constexpr int kPointsMax = 2'000;
inline constexpr double kNoiseMin = 0.0;
inline constexpr double kNoiseMax = 1.0;
// What a spin box can hold and a person can type back: the same limit for the window and the
// command line.
inline constexpr std::uint64_t kSeedMax = 999'999'999;
// The data's inputs: y = sin(2x) over two and a bit periods, so a fit needs several kinks.
inline constexpr double kXMin = -3.0;
inline constexpr double kXMax = 3.0;
} // namespace lre::lab_limits

namespace lre {

// The defaults make the effect plain: biases of -2.5 against N(0, 1) input weights start 34% to
// 81% of the units dead (seeds 1 to 60). There ReLU ended with 50% to 81% dead and a loss of
// 0.065 to 0.35; Leaky ReLU (alpha 0.1) ended with fewer dead units and a lower loss (0.048 to
// 0.13) for every seed. With no shift (0) no unit dies in 2000 epochs and the two end level.
// How the starting weights are drawn. Shifted: input weights N(0, 1), every hidden bias at
// biasShift (negative starts units dead: the dying-ReLU lab). He: input weights He normal,
// N(0, 2 / fan_in) with fan_in 1, hidden biases 0 (a standard initialization, nothing rigged).
// Both: output weights N(0, 1/H), output bias 0.
enum class LabInit { Shifted, He };
std::string_view lab_init_name(LabInit init);
std::optional<LabInit> parse_lab_init(std::string_view text);

// Where the learned network's alpha starts: at the lab's alpha, or at 0.25 (PyTorch's
// nn.PReLU default).
enum class PreluStart { Alpha, PyTorchDefault };
inline constexpr double kPyTorchPreluAlpha = 0.25;
std::string_view prelu_start_name(PreluStart start); // "alpha", "0.25"
std::optional<PreluStart> parse_prelu_start(std::string_view text);

struct LabParams {
    double alpha = 0.1;          // Leaky ReLU's slope for x <= 0, -10 to 10 (as the explorer's)
    int hiddenUnits = 32;        // 4 to 512
    double learningRate = 0.02;  // full-batch gradient descent step, 1e-4 to 1
    double biasShift = -2.5;     // every hidden bias starts here, -5 to 5; negative starts units dead
    int epochs = 2000;           // 1 to 100000
    std::uint64_t seed = 1;      // 0 to kSeedMax: draws the data and the initial weights
    int points = 128;            // training inputs, 8 to 2000
    double noise = 0.1;          // standard deviation of the targets' Gaussian noise, 0 to 1
    LabInit init = LabInit::Shifted;
    // A third network that learns its alpha (PReLU) by the same gradient descent, from the same
    // initial weights; off keeps the lab to its two networks.
    PreluMode prelu = PreluMode::Off;
    PreluStart preluStart = PreluStart::Alpha;

    friend bool operator==(const LabParams &, const LabParams &) = default;
};

// The learned network's starting alpha.
double prelu_start_alpha(const LabParams &params);

// std::nullopt when every value is in its range, else a one-line message naming the first
// value out of range and what is accepted.
std::optional<std::string> validate_lab_params(const LabParams &params);

struct LabRecord {
    int epoch = 0; // 0 is the initial weights; epoch e is after e gradient steps
    double lossRelu = 0.0;
    double lossLeaky = 0.0;
    double deadRelu = 0.0;  // fraction of hidden units with pre-activation <= 0 on every input
    double deadLeaky = 0.0;
    // The learned-alpha network's, when there is one (else 0): alphaPrelu is its mean alpha.
    double lossPrelu = 0.0;
    double deadPrelu = 0.0;
    double alphaPrelu = 0.0;

    friend bool operator==(const LabRecord &, const LabRecord &) = default;
};

enum class LabOutcome {
    Finished,  // every epoch ran
    Cancelled, // the progress callback asked to stop
    Diverged,  // a loss stopped being finite: the learning rate is too large for these weights
};

// The learned alphas (1 or H values each) at epochs 0, every, 2 * every, ... up to the last
// record. every is 1 unless that would keep more than kValuesMax values (H units times epochs).
struct AlphaHistory {
    static constexpr std::size_t kValuesMax = 2'000'000;
    int every = 1;
    std::vector<std::vector<double>> alphas;

    friend bool operator==(const AlphaHistory &, const AlphaHistory &) = default;
};

struct LabResult {
    LabData data;
    std::vector<LabRecord> records;
    // The weights records.back() describes, whatever the outcome.
    LabNetwork relu;
    LabNetwork leaky;
    LabOutcome outcome = LabOutcome::Finished;
    std::optional<LabNetwork> prelu; // the learned-alpha network, when the params ask for it
    AlphaHistory preluAlphas;        // its alphas along the way
};

// x uniform over [kXMin, kXMax], y = sin(2x) + N(0, noise^2), drawn from params.seed.
LabData make_lab_data(const LabParams &params);
// The initial weights of params.init, the same for any alpha and prelu mode, drawn from
// params.seed.
LabNetwork initial_lab_network(const LabParams &params, double alpha, PreluMode prelu = PreluMode::Off);

// Called after each record is made, with the network weights that record describes; return
// false to stop there.
using LabProgress = std::function<bool(const LabRecord &record)>;

// Trains both networks for params.epochs steps (params must be valid: throws
// std::invalid_argument with validate_lab_params' message if not). Deterministic: the same
// params give the same result, bit for bit, on one build.
LabResult run_lab(const LabParams &params, const LabProgress &onEpoch = {});
// What run_lab does once it has drawn the data and the initial weights: trains the two given
// networks from their current weights (a run read back from a file, say). The data must be
// non-empty, with x and y of one size, and the networks' sizes equal.
// A prelu network, when given, trains beside them; any network's loss turning non-finite stops
// all of them (Diverged), each rolled back to the weights of the last record.
LabResult train_lab(LabData data, LabNetwork relu, LabNetwork leaky, double learningRate, int epochs,
                    const LabProgress &onEpoch = {});
LabResult train_lab(LabData data, LabNetwork relu, LabNetwork leaky, std::optional<LabNetwork> prelu,
                    double learningRate, int epochs, const LabProgress &onEpoch = {});

// The network's function over [xMin, xMax] exactly: it is piecewise linear, with a kink where
// each unit's pre-activation crosses 0, so the ends and the kinks inside are its vertices.
Polyline fitted_curve(const LabNetwork &network, double xMin, double xMax);

inline constexpr const char *kLabCsvHeader = "epoch,loss_relu,loss_leaky,dead_relu,dead_leaky";
inline constexpr const char *kLabCsvPreluColumns = ",loss_prelu,dead_prelu,alpha_prelu";
// withPrelu adds the learned network's three columns after the five.
void write_lab_csv(std::ostream &out, std::span<const LabRecord> records, bool withPrelu = false);

} // namespace lre
