// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnetwork.h"

#include "activation.h"
#include "vectorclones.h"

#include <algorithm>
#include <cassert>
#include <cstring>

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
    double errorTimesNegativePart = 0.0; // what alpha multiplies: only when alpha is learned
};

// Sums over the inputs for one unit, its pre-activations made again on the fly (cheaper than
// keeping H rows of them), lane by lane, the lanes added pairwise at the end. Inlined into each
// clone below (a template cannot be cloned), so the fixed-alpha networks do not pay for the
// fourth sum and their three sums are the same bit for bit either way.
template <bool LearnsAlpha>
[[gnu::always_inline]] inline UnitSums unit_sums_of(std::size_t n, const double *error, const double *x, Unit unit)
{
    Lanes sumA = {};
    Lanes sumS = {};
    Lanes sumSX = {};
    Lanes sumN = {};
    std::size_t i = 0;
    const Lanes one = {1.0, 1.0, 1.0, 1.0};
    const Lanes zero = {};
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
        if constexpr (LearnsAlpha)
            sumN += e * (z > 0.0 ? zero : z);
    }
    for (std::size_t k = 0; i < n; ++i, ++k) {
        const double z = unit.w * x[i] + unit.b;
        const double es = error[i] * unit_slope(z, unit.alpha);
        sumA[k] += error[i] * unit_value(z, unit.alpha);
        sumS[k] += es;
        sumSX[k] += es * x[i];
        if constexpr (LearnsAlpha)
            sumN[k] += error[i] * (z > 0.0 ? 0.0 : z);
    }
    return {(sumA[0] + sumA[1]) + (sumA[2] + sumA[3]), (sumS[0] + sumS[1]) + (sumS[2] + sumS[3]),
            (sumSX[0] + sumSX[1]) + (sumSX[2] + sumSX[3]), (sumN[0] + sumN[1]) + (sumN[2] + sumN[3])};
}

LRE_VECTOR_CLONES UnitSums unit_sums(std::size_t n, const double *error, const double *x, Unit unit)
{
    return unit_sums_of<false>(n, error, x, unit);
}

LRE_VECTOR_CLONES UnitSums unit_sums_learning_alpha(std::size_t n, const double *error, const double *x, Unit unit)
{
    return unit_sums_of<true>(n, error, x, unit);
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
    const std::span<const double> alphas = learnedAlphas();
    m_error.assign(n, outputBias());
    double *error = m_error.data();
    for (std::size_t j = 0; j < h; ++j)
        add_unit_output(n, x, {w[j], b[j], unitAlpha(j)}, v[j], error);
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
    double *ga = gv + h + 1;
    if (!alphas.empty())
        std::fill(ga, ga + alphas.size(), 0.0);
    for (std::size_t j = 0; j < h; ++j) {
        const Unit unit{w[j], b[j], unitAlpha(j)};
        const UnitSums sums = alphas.empty() ? unit_sums(n, error, x, unit) : unit_sums_learning_alpha(n, error, x, unit);
        gv[j] = sums.errorTimesActivation;
        gb[j] = v[j] * sums.errorTimesSlope;
        gw[j] = v[j] * sums.errorTimesSlopeTimesInput;
        if (!alphas.empty())
            ga[alphas.size() == 1 ? 0 : j] += v[j] * sums.errorTimesNegativePart;
    }
    gv[h] = outputBiasGradient;
    return {squaredErrors / static_cast<double>(n), deadFraction(data)};
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
