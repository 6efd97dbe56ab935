// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace lre {

// Training inputs and targets of the lab's 1-D regression, index by index.
struct LabData {
    std::vector<double> x;
    std::vector<double> y;
};

// One input, H hidden units and a linear output:
//   f(x) = c + sum_j v_j * leaky_relu(w_j * x + b_j, alpha)
// ReLU is alpha = 0. The weights live in one array, so a step and a gradient check each walk
// one span: w (H values), b (H), v (H), then c.
class LabNetwork final {
public:
    LabNetwork(int hiddenUnits, double alpha);

    int hiddenUnits() const { return m_hiddenUnits; }
    double alpha() const { return m_alpha; }

    std::span<double> parameters() { return m_parameters; }
    std::span<const double> parameters() const { return m_parameters; }
    std::span<const double> inputWeights() const;
    std::span<const double> hiddenBiases() const;
    std::span<const double> outputWeights() const;
    double outputBias() const { return m_parameters.back(); }
    std::span<double> inputWeights();
    std::span<double> hiddenBiases();
    std::span<double> outputWeights();
    double &outputBias() { return m_parameters.back(); }

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
    // parameters -= learningRate * gradient(), the gradient of the last evaluate().
    void descend(double learningRate);

private:
    int m_hiddenUnits = 0;
    double m_alpha = 0.0;
    std::vector<double> m_parameters;
    std::vector<double> m_gradient;
    // Scratch for evaluate(), kept to avoid allocations every epoch.
    std::vector<double> m_error; // per input
};

} // namespace lre
