// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnetwork.h"

#include "activation.h"
#include "labpasses.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lre {

std::size_t learned_alpha_count(PreluMode prelu, int hiddenUnits)
{
    switch (prelu) {
    case PreluMode::Off:
        return 0;
    case PreluMode::Shared:
        return 1;
    case PreluMode::PerUnit:
        return static_cast<std::size_t>(hiddenUnits);
    }
    return 0;
}

std::string_view prelu_mode_name(PreluMode mode)
{
    switch (mode) {
    case PreluMode::Off:
        return "off";
    case PreluMode::Shared:
        return "shared";
    case PreluMode::PerUnit:
        return "per-unit";
    }
    return "off";
}

std::optional<PreluMode> parse_prelu_mode(std::string_view text)
{
    for (PreluMode mode : {PreluMode::Off, PreluMode::Shared, PreluMode::PerUnit}) {
        if (text == prelu_mode_name(mode))
            return mode;
    }
    return std::nullopt;
}

LabNetwork::LabNetwork(int hiddenUnits, double alpha, PreluMode prelu)
    : m_hiddenUnits(hiddenUnits)
    , m_alpha(alpha)
    , m_prelu(prelu)
    , m_parameters(3 * static_cast<std::size_t>(hiddenUnits) + 1, 0.0)
{
    assert(hiddenUnits > 0);
    m_parameters.resize(m_parameters.size() + learned_alpha_count(prelu, hiddenUnits), alpha);
    m_gradient.assign(m_parameters.size(), 0.0);
}

double LabNetwork::alpha() const
{
    const auto alphas = learnedAlphas();
    if (alphas.empty())
        return m_alpha;
    double sum = 0.0;
    for (double a : alphas)
        sum += a;
    return sum / static_cast<double>(alphas.size());
}

double LabNetwork::unitAlpha(std::size_t j) const
{
    const auto alphas = learnedAlphas();
    if (alphas.empty())
        return m_alpha;
    return alphas[alphas.size() == 1 ? 0 : j];
}

std::span<const double> LabNetwork::learnedAlphas() const
{
    return std::span(m_parameters).subspan(3 * static_cast<std::size_t>(m_hiddenUnits) + 1);
}

std::span<double> LabNetwork::learnedAlphas()
{
    return std::span(m_parameters).subspan(3 * static_cast<std::size_t>(m_hiddenUnits) + 1);
}

std::span<const double> LabNetwork::inputWeights() const
{
    return std::span(m_parameters).subspan(0, m_hiddenUnits);
}

std::span<const double> LabNetwork::hiddenBiases() const
{
    return std::span(m_parameters).subspan(m_hiddenUnits, m_hiddenUnits);
}

std::span<const double> LabNetwork::outputWeights() const
{
    return std::span(m_parameters).subspan(2 * static_cast<std::size_t>(m_hiddenUnits), m_hiddenUnits);
}

std::span<double> LabNetwork::inputWeights()
{
    return std::span(m_parameters).subspan(0, m_hiddenUnits);
}

std::span<double> LabNetwork::hiddenBiases()
{
    return std::span(m_parameters).subspan(m_hiddenUnits, m_hiddenUnits);
}

std::span<double> LabNetwork::outputWeights()
{
    return std::span(m_parameters).subspan(2 * static_cast<std::size_t>(m_hiddenUnits), m_hiddenUnits);
}

double LabNetwork::predict(double x) const
{
    const auto w = inputWeights();
    const auto b = hiddenBiases();
    const auto v = outputWeights();
    double y = outputBias();
    for (std::size_t j = 0; j < w.size(); ++j)
        y += v[j] * leaky_relu(w[j] * x + b[j], unitAlpha(j));
    return y;
}

double LabNetwork::loss(const LabData &data) const
{
    double sum = 0.0;
    for (std::size_t i = 0; i < data.x.size(); ++i) {
        const double error = predict(data.x[i]) - data.y[i];
        sum += error * error;
    }
    return data.x.empty() ? 0.0 : sum / static_cast<double>(data.x.size());
}

double LabNetwork::deadFraction(const LabData &data) const
{
    if (data.x.empty())
        return 1.0;
    const auto [lowest, highest] = std::ranges::minmax(data.x);
    return deadFraction(lowest, highest);
}

double LabNetwork::deadFraction(double lowest, double highest) const
{
    const auto w = inputWeights();
    const auto b = hiddenBiases();
    std::size_t dead = 0;
    for (std::size_t j = 0; j < w.size(); ++j) {
        // w * x + b is monotonic in x, and so is its rounding: the largest pre-activation over
        // the inputs is at the lowest or the highest input, exactly as computed input by input.
        const double atLowest = w[j] * lowest + b[j];
        const double atHighest = w[j] * highest + b[j];
        dead += atLowest <= 0.0 && atHighest <= 0.0 ? 1 : 0;
    }
    return static_cast<double>(dead) / static_cast<double>(w.size());
}


LabNetwork::Evaluation LabNetwork::evaluate(const LabData &data)
{
    using namespace lab_passes;
    assert(data.x.size() == data.y.size() && !data.x.empty());
    const std::size_t n = data.x.size();
    const std::size_t h = static_cast<std::size_t>(m_hiddenUnits);
    const double *x = data.x.data();
    const double *w = m_parameters.data();
    const double *b = w + h;
    const double *v = b + h;
    const std::span<const double> alphas = learnedAlphas();
    const Weights net{h, w, b, v, outputBias(), alphas.empty() ? &m_alpha : alphas.data(),
                      alphas.size() == h ? std::size_t{1} : std::size_t{0}};

    // Forward: the output for every input; error[i] is d loss / d output from here on.
    m_error.resize(n);
    double *error = m_error.data();
    const ForwardSums sums = forward(n, x, data.y.data(), net, 2.0 / static_cast<double>(n), error);

    // Backward: each unit's sums over the inputs.
    double *gw = m_gradient.data();
    double *gb = gw + h;
    double *gv = gb + h;
    double *ga = gv + h + 1;
    std::fill(ga, ga + alphas.size(), 0.0);
    const Gradient gradient{gw, gb, gv, ga, net.alphaStep};
    const bool finiteInputs = sums.nonFinite == 0.0;
    if (alphas.empty())
        unit_sums(n, error, x, net, gradient, finiteInputs);
    else
        unit_sums_learning_alpha(n, error, x, net, gradient, finiteInputs);
    gv[h] = sums.outputBiasGradient;
    // With every input finite, the range is std::ranges::minmax's (a zero's sign cannot change
    // which side of 0 a pre-activation falls); else the loss is not finite and the lab stops.
    const double dead = finiteInputs ? deadFraction(sums.lowest, sums.highest) : deadFraction(data);
    return {sums.squaredErrors / static_cast<double>(n), dead};
}

void LabNetwork::descend(double learningRate)
{
    descend(learningRate, learningRate);
}

void LabNetwork::descend(double learningRate, double alphaLearningRate)
{
    const std::size_t weights = 3 * static_cast<std::size_t>(m_hiddenUnits) + 1;
    for (std::size_t k = 0; k < weights; ++k)
        m_parameters[k] -= learningRate * m_gradient[k];
    if (alphaLearningRate == 0.0)
        return;
    for (std::size_t k = weights; k < m_parameters.size(); ++k)
        m_parameters[k] -= alphaLearningRate * m_gradient[k];
}

} // namespace lre
