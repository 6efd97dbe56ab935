// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace lre {

// Neither function has a derivative at exactly x = 0; this is the one place that says which
// one-sided limit the gradient functions, the curves and the exports report there.
enum class ZeroGradient {
    LeftLimit,  // 0 for ReLU, alpha for Leaky ReLU: PyTorch and TensorFlow; the default
    RightLimit, // 1 for both: JAX's leaky_relu
};

// x = 0 (and -0.0) takes the negative branch, as in PyTorch: relu(-0.0) is +0.0 and
// leaky_relu(-0.0, alpha) is alpha * -0.0. NaN in gives NaN out.
constexpr double relu(double x) noexcept
{
    if (x != x)
        return x;
    return x > 0.0 ? x : 0.0;
}

// The piecewise definition, never max(alpha * x, x), which swaps the slopes when alpha > 1.
constexpr double leaky_relu(double x, double alpha) noexcept
{
    return x > 0.0 ? x : alpha * x;
}

constexpr double relu_grad(double x, ZeroGradient atZero = ZeroGradient::LeftLimit) noexcept
{
    if (x != x)
        return x;
    if (x > 0.0)
        return 1.0;
    if (x < 0.0)
        return 0.0;
    return atZero == ZeroGradient::LeftLimit ? 0.0 : 1.0;
}

constexpr double leaky_relu_grad(double x, double alpha,
                                 ZeroGradient atZero = ZeroGradient::LeftLimit) noexcept
{
    if (x != x)
        return x;
    if (x > 0.0)
        return 1.0;
    if (x < 0.0)
        return alpha;
    return atZero == ZeroGradient::LeftLimit ? alpha : 1.0;
}

// Batch forms: out must hold at least x.size() elements; in and out may be the same span.
void relu(std::span<const double> x, std::span<double> out) noexcept;
void leaky_relu(std::span<const double> x, double alpha, std::span<double> out) noexcept;
void relu_grad(std::span<const double> x, ZeroGradient atZero, std::span<double> out) noexcept;
void leaky_relu_grad(std::span<const double> x, double alpha, ZeroGradient atZero,
                     std::span<double> out) noexcept;
// Value and gradient in one pass over x, which is what a training step needs.
void leaky_relu_with_grad(std::span<const double> x, double alpha, ZeroGradient atZero,
                          std::span<double> values, std::span<double> grads) noexcept;

} // namespace lre
