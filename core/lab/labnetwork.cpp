// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnetwork.h"

#include "activation.h"
#include "vectorclones.h"

#include <algorithm>
#include <cassert>
#include <cmath>
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

namespace {

// Four inputs at a time in GCC's and clang's vector types: lane k of a sum takes inputs k,
// k + 4, ..., each addition in the order a plain loop over four lanes makes, so that every width
// of vector gives the same sums bit for bit. The products are made eight inputs at a time (one
// register with AVX-512, two with AVX2) and added to the four lanes half by half, in that order.
using Lanes = double __attribute__((vector_size(4 * sizeof(double))));
using Wide = double __attribute__((vector_size(8 * sizeof(double))));
constexpr std::size_t kLanes = 4;
constexpr std::size_t kWide = 8;

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

// What one evaluation reads: the weights, and each unit's alpha at alpha[j * alphaStep] (a step of
// 0 gives every unit the same one).
struct Weights {
    std::size_t h;
    const double *w;
    const double *b;
    const double *v;
    double c;
    const double *alpha;
    std::size_t alphaStep;
};

// What the forward pass gives besides each input's d loss / d output.
struct ForwardSums {
    double squaredErrors = 0.0;
    double outputBiasGradient = 0.0;
    double lowest = 0.0;  // the inputs' range, for the dead units
    double highest = 0.0;
    double nonFinite = 0.0; // NaN when an input is NaN or infinite (x - x is then NaN)
};

// Inputs from to to: the error of each output, times scale (d loss / d output), and the sums,
// input by input in order.
[[gnu::always_inline]] inline void take_errors(std::size_t from, std::size_t to, const double *x, const double *y,
                                               double scale, double *error, ForwardSums &sums)
{
    for (std::size_t i = from; i < to; ++i) {
        const double e = error[i] - y[i];
        sums.squaredErrors += e * e;
        error[i] = scale * e;
        sums.outputBiasGradient += error[i];
        sums.lowest = x[i] < sums.lowest ? x[i] : sums.lowest;
        sums.highest = x[i] > sums.highest ? x[i] : sums.highest;
        sums.nonFinite += x[i] - x[i];
    }
}

// error[i] = c + v_0 * act(w_0 * x[i] + b_0) + v_1 * ... - y[i], added unit by unit as always,
// sixteen inputs at a time kept in registers across the units; then times scale. The sums over
// the inputs wait on one addition after another: made block by block, they overlap the next
// block's arithmetic.
// Vectors are never passed to a function: a clone for wider vectors cannot call one built
// without them (clang refuses the mismatched calling convention).
LRE_WIDE_VECTOR_CLONES ForwardSums forward(std::size_t n, const double *x, const double *y, Weights net,
                                           double scale, double *error)
{
    ForwardSums sums;
    sums.lowest = x[0];
    sums.highest = x[0];
    std::size_t i = 0;
    for (; i + 2 * kWide <= n; i += 2 * kWide) {
        Wide in0;
        Wide in1;
        std::memcpy(&in0, x + i, sizeof in0);
        std::memcpy(&in1, x + i + kWide, sizeof in1);
        Wide out0 = {net.c, net.c, net.c, net.c, net.c, net.c, net.c, net.c};
        Wide out1 = out0;
        for (std::size_t j = 0; j < net.h; ++j) {
            const double alpha = net.alpha[j * net.alphaStep];
            const Wide z0 = net.w[j] * in0 + net.b[j];
            const Wide z1 = net.w[j] * in1 + net.b[j];
            const Wide scaled0 = alpha * z0;
            const Wide scaled1 = alpha * z1;
            out0 += net.v[j] * (z0 > 0.0 ? z0 : scaled0);
            out1 += net.v[j] * (z1 > 0.0 ? z1 : scaled1);
        }
        std::memcpy(error + i, &out0, sizeof out0);
        std::memcpy(error + i + kWide, &out1, sizeof out1);
        take_errors(i, i + 2 * kWide, x, y, scale, error, sums);
    }
    const std::size_t tail = i;
    for (; i < n; ++i) {
        double out = net.c;
        for (std::size_t j = 0; j < net.h; ++j)
            out += net.v[j] * unit_value(net.w[j] * x[i] + net.b[j], net.alpha[j * net.alphaStep]);
        error[i] = out;
    }
    take_errors(tail, n, x, y, scale, error, sums);
    return sums;
}

// Where the unit sums go: d loss / d w, b, v, and the learned alphas (each unit's added to
// alpha[j * alphaStep], which must start at 0).
struct Gradient {
    double *w;
    double *b;
    double *v;
    double *alpha;
    std::size_t alphaStep;
};

// Running sums over the inputs, four lanes a unit: Lanes holds one unit, Wide two (lanes 0-3
// the first, 4-7 the second, both fed the same four inputs), so that one AVX-512 instruction
// does the work of one four-lane instruction for each unit, in the same order.
// Finite: every pre-activation is known not to be NaN (finite weights and inputs), where the
// slope's NaN case cannot happen and alpha * z is z times the slope (x 1 exact, and a product is
// the same either way round).
template <typename V, bool LearnsAlpha, bool Finite>
struct Sums {
    V a = {};
    V s = {};
    V sx = {};
    V neg = {};
    V w;
    V b;
    V alpha;

    [[gnu::always_inline]] inline void add(const V &e, const V &in)
    {
        const V one = V{} + 1.0;
        const V zero = {};
        const V z = w * in + b;
        const V g = z > 0.0 ? one : alpha;
        V value;
        V es;
        if constexpr (Finite) {
            value = z * g;
            es = e * g;
        } else {
            const V scaled = alpha * z;
            value = z > 0.0 ? z : scaled;
            es = e * (z != z ? z : g);
        }
        a += e * value;
        s += es;
        sx += es * in;
        if constexpr (LearnsAlpha)
            neg += e * (z > 0.0 ? zero : z);
    }

    // Input i (lane k) for the unit in lanes u * 4 to u * 4 + 3.
    [[gnu::always_inline]] inline void add(double e, double in, std::size_t u, std::size_t k)
    {
        const std::size_t lane = 4 * u + k;
        const double z = w[lane] * in + b[lane];
        const double es = e * unit_slope(z, alpha[lane]);
        a[lane] += e * unit_value(z, alpha[lane]);
        s[lane] += es;
        sx[lane] += es * in;
        if constexpr (LearnsAlpha)
            neg[lane] += e * (z > 0.0 ? 0.0 : z);
    }

    // Unit u's four lanes added pairwise, times its output weight where the chain rule has it.
    [[gnu::always_inline]] inline void store(std::size_t u, double v, std::size_t j, const Gradient &gradient) const
    {
        const auto total = [u](const V &sum) {
            return (sum[4 * u] + sum[4 * u + 1]) + (sum[4 * u + 2] + sum[4 * u + 3]);
        };
        gradient.v[j] = total(a);
        gradient.b[j] = v * total(s);
        gradient.w[j] = v * total(sx);
        if constexpr (LearnsAlpha)
            gradient.alpha[j * gradient.alphaStep] += v * total(neg);
    }
};

// The sums of units j0 (and j0 + 1 when V is Wide) over the inputs, their pre-activations made
// again on the fly (cheaper than keeping H rows of them). Inlined into each clone below (a
// template cannot be cloned), so the fixed-alpha networks do not pay for the fourth sum and their
// three sums are the same bit for bit either way.
template <typename V, bool LearnsAlpha, bool Finite>
[[gnu::always_inline]] inline void unit_sums_of(std::size_t n, const double *error, const double *x,
                                                const Weights &net, std::size_t j0, const Gradient &gradient)
{
    constexpr std::size_t units = sizeof(V) / sizeof(Lanes);
    Sums<V, LearnsAlpha, Finite> sums;
    for (std::size_t lane = 0; lane < kLanes * units; ++lane) {
        const std::size_t j = j0 + lane / kLanes;
        sums.w[lane] = net.w[j];
        sums.b[lane] = net.b[j];
        sums.alpha[lane] = net.alpha[j * net.alphaStep];
    }
    std::size_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        Lanes e4;
        Lanes in4;
        std::memcpy(&e4, error + i, sizeof e4);
        std::memcpy(&in4, x + i, sizeof in4);
        if constexpr (units == 1) {
            sums.add(e4, in4);
        } else {
            sums.add(__builtin_shufflevector(e4, e4, 0, 1, 2, 3, 0, 1, 2, 3),
                     __builtin_shufflevector(in4, in4, 0, 1, 2, 3, 0, 1, 2, 3));
        }
    }
    for (std::size_t k = 0; i < n; ++i, ++k)
        for (std::size_t u = 0; u < units; ++u)
            sums.add(error[i], x[i], u, k);
    for (std::size_t u = 0; u < units; ++u)
        sums.store(u, net.v[j0 + u], j0 + u, gradient);
}

template <bool LearnsAlpha>
[[gnu::always_inline]] inline void all_unit_sums(std::size_t n, const double *error, const double *x,
                                                 const Weights &net, const Gradient &gradient, bool finiteInputs)
{
    // A pre-activation w * x + b is NaN only if w, b or x is NaN or infinite.
    const auto finite = [&](std::size_t j) {
        return finiteInputs && std::isfinite(net.w[j]) && std::isfinite(net.b[j]);
    };
    std::size_t j = 0;
    for (; j + 2 <= net.h; j += 2) {
        if (finite(j) && finite(j + 1))
            unit_sums_of<Wide, LearnsAlpha, true>(n, error, x, net, j, gradient);
        else
            unit_sums_of<Wide, LearnsAlpha, false>(n, error, x, net, j, gradient);
    }
    if (j < net.h)
        unit_sums_of<Lanes, LearnsAlpha, false>(n, error, x, net, j, gradient);
}

LRE_WIDE_VECTOR_CLONES void unit_sums(std::size_t n, const double *error, const double *x, Weights net,
                                      Gradient gradient, bool finiteInputs)
{
    all_unit_sums<false>(n, error, x, net, gradient, finiteInputs);
}

LRE_WIDE_VECTOR_CLONES void unit_sums_learning_alpha(std::size_t n, const double *error, const double *x, Weights net,
                                                     Gradient gradient, bool finiteInputs)
{
    all_unit_sums<true>(n, error, x, net, gradient, finiteInputs);
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
