// SPDX-License-Identifier: GPL-3.0-or-later
#include "labpasses.h"

#include "vectorclones.h"

#include <cmath>
#include <cstring>

namespace lre::lab_passes {

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

} // namespace

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

} // namespace lre::lab_passes
