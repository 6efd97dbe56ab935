// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace lre {

// Training inputs and targets of the lab's 1-D regression, index by index.
struct LabData {
    std::vector<double> x;
    std::vector<double> y;
};

// Whether alpha is a parameter the network learns (PReLU, He et al. 2015): not (off), one alpha
// for every hidden unit (shared), or one per unit (per-unit).
enum class PreluMode { Off, Shared, PerUnit };
std::string_view prelu_mode_name(PreluMode mode); // "off", "shared", "per-unit"
std::optional<PreluMode> parse_prelu_mode(std::string_view text);
// How many alphas a network learns: none, one, or one per hidden unit.
std::size_t learned_alpha_count(PreluMode prelu, int hiddenUnits);

// One input, H hidden units and a linear output:
//   f(x) = c + sum_j v_j * leaky_relu(w_j * x + b_j, alpha_j)
// ReLU is alpha = 0. alpha_j is the fixed alpha, or a learned one (PReLU). The weights live in
// one array, so a step and a gradient check each walk one span: w (H values), b (H), v (H), c,
// then the learned alphas (none, 1 or H).
class LabNetwork final {
public:
    LabNetwork(int hiddenUnits, double alpha, PreluMode prelu = PreluMode::Off);

    int hiddenUnits() const { return m_hiddenUnits; }
    PreluMode prelu() const { return m_prelu; }
    // The fixed alpha; for a learned one, the mean of the current alphas.
    double alpha() const;
    // The alpha the network was made with: the fixed one, or where the learned ones started.
    double givenAlpha() const { return m_alpha; }
    // The slope unit j uses now.
    double unitAlpha(std::size_t j) const;

    std::span<double> parameters() { return m_parameters; }
    std::span<const double> parameters() const { return m_parameters; }
    std::span<const double> inputWeights() const;
    std::span<const double> hiddenBiases() const;
    std::span<const double> outputWeights() const;
    double outputBias() const { return m_parameters[3 * static_cast<std::size_t>(m_hiddenUnits)]; }
    std::span<const double> learnedAlphas() const; // empty when prelu() is Off
    std::span<double> inputWeights();
    std::span<double> hiddenBiases();
    std::span<double> outputWeights();
    double &outputBias() { return m_parameters[3 * static_cast<std::size_t>(m_hiddenUnits)]; }
    std::span<double> learnedAlphas();

    double predict(double x) const;
    double loss(const LabData &data) const; // mean squared error
    // The fraction of hidden units whose pre-activation is <= 0 on every input: "dead" for ReLU,
    // which then passes them no gradient; Leaky ReLU still passes them alpha times the error.
    double deadFraction(const LabData &data) const;

    struct Evaluation {
        double loss = 0.0;         // mean squared error
        double deadFraction = 0.0; // units whose pre-activation is <= 0 on every input
    };
    // One full-batch forward and backward pass at the current weights; gradient() then holds
    // d loss / d parameters(), in the same order.
    Evaluation evaluate(const LabData &data);
    std::span<const double> gradient() const { return m_gradient; }
    // parameters -= learningRate * gradient(), the gradient of the last evaluate(); the learned
    // alphas move by alphaLearningRate instead (0 keeps them where they are).
    void descend(double learningRate);
    void descend(double learningRate, double alphaLearningRate);

private:
    // deadFraction over inputs from lowest to highest.
    double deadFraction(double lowest, double highest) const;

    int m_hiddenUnits = 0;
    double m_alpha = 0.0;
    PreluMode m_prelu = PreluMode::Off;
    std::vector<double> m_parameters;
    std::vector<double> m_gradient;
    // Scratch for evaluate(), kept to avoid allocations every epoch.
    std::vector<double> m_error; // per input
};

} // namespace lre
