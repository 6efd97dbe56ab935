#include "activation.h"

#include <cassert>
#include <cstddef>

namespace lre {

// The loops below are written branch-free over plain indices so that GCC and clang vectorize them.

void relu(std::span<const double> x, std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = relu(x[i]);
}

void leaky_relu(std::span<const double> x, double alpha, std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = leaky_relu(x[i], alpha);
}

void relu_grad(std::span<const double> x, ZeroGradient atZero, std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = relu_grad(x[i], atZero);
}

void leaky_relu_grad(std::span<const double> x, double alpha, ZeroGradient atZero,
                     std::span<double> out) noexcept
{
    assert(out.size() >= x.size());
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i)
        out[i] = leaky_relu_grad(x[i], alpha, atZero);
}

void leaky_relu_with_grad(std::span<const double> x, double alpha, ZeroGradient atZero,
                          std::span<double> values, std::span<double> grads) noexcept
{
    assert(values.size() >= x.size() && grads.size() >= x.size());
    const std::size_t n = x.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double v = x[i];
        values[i] = leaky_relu(v, alpha);
        grads[i] = leaky_relu_grad(v, alpha, atZero);
    }
}

} // namespace lre
