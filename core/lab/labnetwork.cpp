// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnetwork.h"

#include "activation.h"

#include <algorithm>
#include <cassert>

namespace lre {

LabNetwork::LabNetwork(int hiddenUnits, double alpha)
    : m_hiddenUnits(hiddenUnits)
    , m_alpha(alpha)
    , m_parameters(3 * static_cast<std::size_t>(hiddenUnits) + 1, 0.0)
    , m_gradient(m_parameters.size(), 0.0)
{
    assert(hiddenUnits > 0);
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
        y += v[j] * leaky_relu(w[j] * x + b[j], m_alpha);
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

namespace {

struct UnitSums {
    double errorTimesActivation = 0.0;
    double errorTimesSlope = 0.0;
    double errorTimesSlopeTimesInput = 0.0;
};

// Sums over the inputs for one unit, in four fixed lanes: the compiler vectorizes them
// without reordering a single addition, so the result is the same at any optimization level.
UnitSums unit_sums(std::size_t n, const double *error, const double *x, const double *a,
                   const double *s)
{
    constexpr std::size_t kLanes = 4;
    double sumA[kLanes] = {};
    double sumS[kLanes] = {};
    double sumSX[kLanes] = {};
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        for (std::size_t k = 0; k < kLanes; ++k) {
            const double es = error[i + k] * s[i + k];
            sumA[k] += error[i + k] * a[i + k];
            sumS[k] += es;
            sumSX[k] += es * x[i + k];
        }
    }
    for (std::size_t k = 0; i < n; ++i, ++k) {
        const double es = error[i] * s[i];
        sumA[k] += error[i] * a[i];
        sumS[k] += es;
        sumSX[k] += es * x[i];
    }
    return {(sumA[0] + sumA[1]) + (sumA[2] + sumA[3]), (sumS[0] + sumS[1]) + (sumS[2] + sumS[3]),
            (sumSX[0] + sumSX[1]) + (sumSX[2] + sumSX[3])};
}

} // namespace

LabNetwork::Evaluation LabNetwork::evaluate(const LabData &data)
{
    assert(data.x.size() == data.y.size() && !data.x.empty());
    const std::size_t n = data.x.size();
    const std::size_t h = static_cast<std::size_t>(m_hiddenUnits);
    const double *x = data.x.data();
    const double *w = m_parameters.data();
    const double *b = w + h;
    const double *v = b + h;

    // One row of n inputs per unit, so that every inner loop runs over the inputs.
    m_preActivation.resize(n * h);
    m_activation.resize(n * h);
    m_slope.resize(n * h);
    for (std::size_t j = 0; j < h; ++j) {
        double *z = m_preActivation.data() + j * n;
        for (std::size_t i = 0; i < n; ++i)
            z[i] = w[j] * x[i] + b[j];
    }
    // All inputs of all units in one batch call; the slopes are the activation's gradient.
    leaky_relu_with_grad(m_preActivation, m_alpha, ZeroGradient::LeftLimit, m_activation, m_slope);

    m_error.assign(n, m_parameters.back());
    double *error = m_error.data();
    for (std::size_t j = 0; j < h; ++j) {
        const double *a = m_activation.data() + j * n;
        for (std::size_t i = 0; i < n; ++i)
            error[i] += v[j] * a[i];
    }
    double squaredErrors = 0.0;
    double outputBiasGradient = 0.0;
    const double scale = 2.0 / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double e = error[i] - data.y[i];
        squaredErrors += e * e;
        error[i] = scale * e; // from here on, d loss / d output
        outputBiasGradient += error[i];
    }

    double *gw = m_gradient.data();
    double *gb = gw + h;
    double *gv = gb + h;
    for (std::size_t j = 0; j < h; ++j) {
        const UnitSums sums = unit_sums(n, error, x, m_activation.data() + j * n, m_slope.data() + j * n);
        gv[j] = sums.errorTimesActivation;
        gb[j] = v[j] * sums.errorTimesSlope;
        gw[j] = v[j] * sums.errorTimesSlopeTimesInput;
    }
    m_gradient.back() = outputBiasGradient;
    return {squaredErrors / static_cast<double>(n), deadFraction(data)};
}

void LabNetwork::descend(double learningRate)
{
    for (std::size_t k = 0; k < m_parameters.size(); ++k)
        m_parameters[k] -= learningRate * m_gradient[k];
}

} // namespace lre
