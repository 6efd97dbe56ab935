// SPDX-License-Identifier: GPL-3.0-or-later
#include "activation.h"

#include "vectorclones.h"

#include <cassert>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lre {

// The loops compute both sides and then select, with no call that may branch, so that GCC and
// clang vectorize them (a multiply under a condition is not speculated with trapping math on).
// Each gives exactly what the scalar function gives, -0.0 and NaN included.

namespace {

inline double select_value(double v, double alpha) noexcept
{
    const double scaled = alpha * v;
    return v > 0.0 ? v : scaled;
}

inline double select_relu(double v) noexcept
{
    const double r = v > 0.0 ? v : 0.0;
    return v != v ? v : r;
}

inline double select_grad(double v, double negativeSlope, double atZero) noexcept
{
    const double g = v > 0.0 ? 1.0 : (v < 0.0 ? negativeSlope : atZero);
    return v != v ? v : g;
}

} // namespace


LRE_VECTOR_CLONES void relu(std::span<const double> x, std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = select_relu(x[i]);
}

LRE_VECTOR_CLONES void leaky_relu(std::span<const double> x, double alpha, std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = select_value(x[i], alpha);
}

LRE_VECTOR_CLONES void relu_grad(std::span<const double> x, ZeroGradient atZero, std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    const double zero = relu_grad(0.0, atZero);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = select_grad(x[i], 0.0, zero);
}

LRE_VECTOR_CLONES void leaky_relu_grad(std::span<const double> x, double alpha, ZeroGradient atZero,
                     std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    const double zero = leaky_relu_grad(0.0, alpha, atZero);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = select_grad(x[i], alpha, zero);
}

namespace {

#if defined(__SSE2__)
// Arrays far larger than the caches: streaming stores skip reading each output line before
// writing it, which is most of the memory traffic here (a plain copy's memcpy does the same).
constexpr std::size_t kStreamingThreshold = std::size_t{1} << 20;

bool is_aligned_16(const double *p) noexcept
{
    return (reinterpret_cast<std::uintptr_t>(p) & 15U) == 0;
}

std::size_t stream_value_and_grad(const double *x, std::size_t n, double alpha, double atZero,
                                  double *values, double *grads) noexcept
{
    const __m128d zero = _mm_setzero_pd();
    const __m128d one = _mm_set1_pd(1.0);
    const __m128d slope = _mm_set1_pd(alpha);
    const __m128d gradAtZero = _mm_set1_pd(atZero);
    std::size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        const __m128d v = _mm_loadu_pd(x + i);
        const __m128d positive = _mm_cmpgt_pd(v, zero);
        const __m128d negative = _mm_cmplt_pd(v, zero);
        const __m128d nan = _mm_cmpunord_pd(v, v);
        const __m128d value = _mm_or_pd(_mm_and_pd(positive, v), _mm_andnot_pd(positive, _mm_mul_pd(slope, v)));
        const __m128d notPositive = _mm_or_pd(_mm_and_pd(negative, slope), _mm_andnot_pd(negative, gradAtZero));
        const __m128d grad = _mm_or_pd(_mm_and_pd(positive, one), _mm_andnot_pd(positive, notPositive));
        _mm_stream_pd(values + i, value);
        _mm_stream_pd(grads + i, _mm_or_pd(_mm_and_pd(nan, v), _mm_andnot_pd(nan, grad)));
    }
    _mm_sfence();
    return i;
}
#endif

} // namespace

LRE_VECTOR_CLONES void leaky_relu_with_grad(std::span<const double> x, double alpha, ZeroGradient atZero,
                          std::span<double> values, std::span<double> grads) noexcept
{
    assert(values.size() >= x.size() && grads.size() >= x.size());
    const std::size_t n = x.size();
    const double zero = leaky_relu_grad(0.0, alpha, atZero);
    std::size_t i = 0;
#if defined(__SSE2__)
    if (n >= kStreamingThreshold && is_aligned_16(values.data()) && is_aligned_16(grads.data()))
        i = stream_value_and_grad(x.data(), n, alpha, zero, values.data(), grads.data());
#endif
    for (; i < n; ++i) {
        const double v = x[i];
        values[i] = select_value(v, alpha);
        grads[i] = select_grad(v, alpha, zero);
    }
}

} // namespace lre
