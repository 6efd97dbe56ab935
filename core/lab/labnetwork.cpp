// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnetwork.h"

#include "activation.h"
#include "vectorclones.h"

#include <algorithm>
#include <cassert>
#include <cstring>

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

struct Unit {
    double w;
    double b;
    double alpha;
};

// Four inputs at a time in GCC's and clang's vector types: lane k takes inputs k, k + 4, ...,
// each addition in the order a plain loop over four lanes makes, so that every width of
// vector gives the same sums bit for bit.
using Lanes = double __attribute__((vector_size(4 * sizeof(double))));
constexpr std::size_t kLanes = 4;

// The activation and its gradient (left limit at 0, as in PyTorch), exactly as the batch
// functions of core/activation.h compute them, -0.0 and NaN included.
inline double unit_value(double z, double alpha)
{
    const double scaled = alpha * z;
    return z > 0.0 ? z : scaled;
}

inline double unit_slope(double z, double alpha)
{
    const double g = z > 0.0 ? 1.0 : alpha;
    return z != z ? z : g;
}

// error[i] += v * act(w * x[i] + b) for every input: the forward pass of one unit, in registers.
LRE_VECTOR_CLONES void add_unit_output(std::size_t n, const double *x, Unit unit, double v, double *error)
{
    // Lanes are never passed to a function: a clone for wider vectors cannot call one built
    // without them (clang refuses the mismatched calling convention).
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        Lanes in;
        Lanes out;
        std::memcpy(&in, x + i, sizeof in);
        std::memcpy(&out, error + i, sizeof out);
        const Lanes z = unit.w * in + unit.b;
        const Lanes scaled = unit.alpha * z;
        out += v * (z > 0.0 ? z : scaled);
        std::memcpy(error + i, &out, sizeof out);
    }
    for (; i < n; ++i)
        error[i] += v * unit_value(unit.w * x[i] + unit.b, unit.alpha);
}

struct UnitSums {
    double errorTimesActivation = 0.0;
    double errorTimesSlope = 0.0;
    double errorTimesSlopeTimesInput = 0.0;
};

// Sums over the inputs for one unit, its pre-activations made again on the fly (cheaper than
// keeping H rows of them), lane by lane, the lanes added pairwise at the end.
LRE_VECTOR_CLONES UnitSums unit_sums(std::size_t n, const double *error, const double *x, Unit unit)
{
    Lanes sumA = {};
    Lanes sumS = {};
    Lanes sumSX = {};
    std::size_t i = 0;
    const Lanes one = {1.0, 1.0, 1.0, 1.0};
    const Lanes alpha = {unit.alpha, unit.alpha, unit.alpha, unit.alpha};
    for (; i + kLanes <= n; i += kLanes) {
        Lanes e;
        Lanes in;
        std::memcpy(&e, error + i, sizeof e);
        std::memcpy(&in, x + i, sizeof in);
        const Lanes z = unit.w * in + unit.b;
        const Lanes scaled = unit.alpha * z;
        const Lanes value = z > 0.0 ? z : scaled;
        const Lanes g = z > 0.0 ? one : alpha;
        const Lanes es = e * (z != z ? z : g);
        sumA += e * value;
        sumS += es;
        sumSX += es * in;
    }
    for (std::size_t k = 0; i < n; ++i, ++k) {
        const double z = unit.w * x[i] + unit.b;
        const double es = error[i] * unit_slope(z, unit.alpha);
        sumA[k] += error[i] * unit_value(z, unit.alpha);
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

    // Forward: the output for every input, unit by unit (the same additions in the same order
    // as a row of pre-activations per unit would take), all in the cache.
    m_error.assign(n, m_parameters.back());
    double *error = m_error.data();
    for (std::size_t j = 0; j < h; ++j)
        add_unit_output(n, x, {w[j], b[j], m_alpha}, v[j], error);
    double squaredErrors = 0.0;
    double outputBiasGradient = 0.0;
    const double scale = 2.0 / static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double e = error[i] - data.y[i];
        squaredErrors += e * e;
        error[i] = scale * e; // from here on, d loss / d output
        outputBiasGradient += error[i];
    }

    // Backward: each unit's three sums over the inputs.
    double *gw = m_gradient.data();
    double *gb = gw + h;
    double *gv = gb + h;
    for (std::size_t j = 0; j < h; ++j) {
        const UnitSums sums = unit_sums(n, error, x, {w[j], b[j], m_alpha});
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
