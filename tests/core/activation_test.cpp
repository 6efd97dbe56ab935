// SPDX-License-Identifier: GPL-3.0-or-later
#include "activation.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace {

using lre::ZeroGradient;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The textbook definition, written independently of the core.
double reference_leaky(double x, double alpha)
{
    if (std::isnan(x))
        return x;
    if (x > 0)
        return x;
    return alpha * x;
}

double reference_leaky_grad(double x, double alpha, ZeroGradient z)
{
    if (std::isnan(x))
        return x;
    if (x == 0)
        return z == ZeroGradient::LeftLimit ? alpha : 1.0;
    return x > 0 ? 1.0 : alpha;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

TEST(Activation, ValuesOnBothSidesOfZero)
{
    EXPECT_EQ(lre::relu(2.5), 2.5);
    EXPECT_EQ(lre::relu(-2.5), 0.0);
    EXPECT_EQ(lre::leaky_relu(2.5, 0.1), 2.5);
    EXPECT_DOUBLE_EQ(lre::leaky_relu(-2.5, 0.1), -0.25);
    EXPECT_EQ(lre::leaky_relu(0.0, 0.1), 0.0);
    EXPECT_EQ(lre::relu(0.0), 0.0);
}

TEST(Activation, ConstantEvaluationGivesTheRuntimeValues)
{
    // Evaluated by the compiler (a constexpr array), checked when the test runs.
    constexpr double kAtCompileTime[] = {
        lre::relu(-3.0),         lre::relu(2.5),
        lre::leaky_relu(-2.0, 0.5), lre::leaky_relu(3.0, 0.5),
        lre::relu_grad(0.0, ZeroGradient::LeftLimit), lre::relu_grad(0.0, ZeroGradient::RightLimit),
        lre::leaky_relu_grad(0.0, 0.25, ZeroGradient::LeftLimit),
        lre::leaky_relu_grad(0.0, 0.25, ZeroGradient::RightLimit),
        lre::leaky_relu_grad(-1.0, 0.25), lre::relu_grad(1.0)};
    const double expected[] = {0.0, 2.5, -1.0, 3.0, 0.0, 1.0, 0.25, 1.0, 0.25, 1.0};
    for (std::size_t i = 0; i < std::size(expected); ++i)
        EXPECT_EQ(kAtCompileTime[i], expected[i]) << i;
}

TEST(Activation, GradientsAwayFromZero)
{
    EXPECT_EQ(lre::relu_grad(3.0), 1.0);
    EXPECT_EQ(lre::relu_grad(-3.0), 0.0);
    EXPECT_EQ(lre::leaky_relu_grad(3.0, 0.2), 1.0);
    EXPECT_EQ(lre::leaky_relu_grad(-3.0, 0.2), 0.2);
    EXPECT_EQ(lre::leaky_relu_grad(1e-300, 0.2), 1.0);
    EXPECT_EQ(lre::leaky_relu_grad(-1e-300, 0.2), 0.2);
}

TEST(Activation, GradientAtZeroFollowsConvention)
{
    EXPECT_EQ(lre::relu_grad(0.0, ZeroGradient::LeftLimit), 0.0);
    EXPECT_EQ(lre::relu_grad(0.0, ZeroGradient::RightLimit), 1.0);
    EXPECT_EQ(lre::leaky_relu_grad(0.0, 0.01, ZeroGradient::LeftLimit), 0.01);
    EXPECT_EQ(lre::leaky_relu_grad(0.0, 0.01, ZeroGradient::RightLimit), 1.0);
    EXPECT_EQ(lre::leaky_relu_grad(-0.0, 0.01, ZeroGradient::LeftLimit), 0.01);
    EXPECT_EQ(lre::leaky_relu_grad(-0.0, 0.01, ZeroGradient::RightLimit), 1.0);
    // The default is the left limit (PyTorch, TensorFlow).
    EXPECT_EQ(lre::leaky_relu_grad(0.0, 0.3), 0.3);
    EXPECT_EQ(lre::relu_grad(0.0), 0.0);
}

TEST(Activation, AlphaZeroIsRelu)
{
    for (double x : {-7.0, -1e-9, 0.0, 1e-9, 3.0, 1e300, -1e300}) {
        EXPECT_EQ(lre::leaky_relu(x, 0.0), lre::relu(x)) << x;
        EXPECT_EQ(lre::leaky_relu_grad(x, 0.0), lre::relu_grad(x)) << x;
    }
}

TEST(Activation, AlphaOneIsIdentity)
{
    for (double x : {-7.0, -1e-9, 0.0, 1e-9, 3.0}) {
        EXPECT_EQ(lre::leaky_relu(x, 1.0), x);
        EXPECT_EQ(lre::leaky_relu_grad(x, 1.0, ZeroGradient::LeftLimit), 1.0);
        EXPECT_EQ(lre::leaky_relu_grad(x, 1.0, ZeroGradient::RightLimit), 1.0);
    }
}

TEST(Activation, AlphaAboveOneIsPiecewiseNotMax)
{
    // max(alpha * x, x) would give 6 for x = 2 and -2 for x = -2.
    EXPECT_EQ(lre::leaky_relu(2.0, 3.0), 2.0);
    EXPECT_EQ(lre::leaky_relu(-2.0, 3.0), -6.0);
    EXPECT_EQ(lre::leaky_relu_grad(-2.0, 3.0), 3.0);
    EXPECT_EQ(lre::leaky_relu_grad(2.0, 3.0), 1.0);
}

TEST(Activation, NegativeAlphaIsPiecewise)
{
    EXPECT_EQ(lre::leaky_relu(-2.0, -0.5), 1.0);
    EXPECT_EQ(lre::leaky_relu(2.0, -0.5), 2.0);
    EXPECT_EQ(lre::leaky_relu_grad(-2.0, -0.5), -0.5);
}

TEST(Activation, IeeeEdgeCases)
{
    EXPECT_TRUE(std::isnan(lre::relu(kNaN)));
    EXPECT_TRUE(std::isnan(lre::leaky_relu(kNaN, 0.1)));
    EXPECT_TRUE(std::isnan(lre::relu_grad(kNaN)));
    EXPECT_TRUE(std::isnan(lre::leaky_relu_grad(kNaN, 0.1)));
    EXPECT_EQ(lre::relu(kInf), kInf);
    EXPECT_EQ(lre::leaky_relu(kInf, 0.1), kInf);
    EXPECT_EQ(lre::relu(-kInf), 0.0);
    EXPECT_EQ(lre::leaky_relu(-kInf, 0.1), -kInf);
    EXPECT_EQ(lre::leaky_relu(-kInf, -0.1), kInf);
    EXPECT_TRUE(std::isnan(lre::leaky_relu(-kInf, 0.0))); // -inf * 0, as IEEE and PyTorch say
    EXPECT_EQ(lre::leaky_relu_grad(kInf, 0.1), 1.0);
    EXPECT_EQ(lre::leaky_relu_grad(-kInf, 0.1), 0.1);
}

TEST(Activation, NegativeZeroTakesTheNegativeBranch)
{
    EXPECT_FALSE(std::signbit(lre::relu(-0.0)));
    EXPECT_FALSE(std::signbit(lre::relu(0.0)));
    EXPECT_TRUE(std::signbit(lre::leaky_relu(-0.0, 0.1)));
    EXPECT_FALSE(std::signbit(lre::leaky_relu(0.0, 0.1)));
    EXPECT_FALSE(std::signbit(lre::leaky_relu(-0.0, -0.1)));
    EXPECT_EQ(lre::leaky_relu(-0.0, 0.1), 0.0);
}

TEST(Activation, BatchEqualsScalarElementForElement)
{
    std::vector<double> x{-kInf, -3.0, -1e-300, -0.0, 0.0, 1e-300, 2.0, kInf, kNaN};
    for (double alpha : {0.0, 0.01, 1.0, 2.5, -0.5}) {
        for (ZeroGradient z : {ZeroGradient::LeftLimit, ZeroGradient::RightLimit}) {
            std::vector<double> v(x.size()), g(x.size()), r(x.size()), rg(x.size()), fv(x.size()),
                fg(x.size());
            lre::leaky_relu(x, alpha, v);
            lre::leaky_relu_grad(x, alpha, z, g);
            lre::relu(x, r);
            lre::relu_grad(x, z, rg);
            lre::leaky_relu_with_grad(x, alpha, z, fv, fg);
            for (std::size_t i = 0; i < x.size(); ++i) {
                EXPECT_TRUE(same(v[i], lre::leaky_relu(x[i], alpha))) << i;
                EXPECT_EQ(std::signbit(v[i]), std::signbit(lre::leaky_relu(x[i], alpha))) << i;
                EXPECT_TRUE(same(g[i], lre::leaky_relu_grad(x[i], alpha, z))) << i;
                EXPECT_TRUE(same(r[i], lre::relu(x[i]))) << i;
                EXPECT_TRUE(same(rg[i], lre::relu_grad(x[i], z))) << i;
                EXPECT_TRUE(same(fv[i], v[i])) << i;
                EXPECT_TRUE(same(fg[i], g[i])) << i;
            }
        }
    }
}

TEST(Activation, LargeBatchesTakeTheStreamingPathAndStayExact)
{
    // Large enough for the streaming stores, with every special value in it.
    std::vector<double> x(3'000'001);
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> values(-5.0, 5.0);
    for (double &v : x)
        v = values(rng);
    x[0] = kNaN;
    x[1] = -0.0;
    x[2] = 0.0;
    x[3] = kInf;
    x[4] = -kInf;
    x.back() = kNaN;
    for (auto z : {ZeroGradient::LeftLimit, ZeroGradient::RightLimit}) {
        std::vector<double> v(x.size()), g(x.size());
        lre::leaky_relu_with_grad(x, 0.2, z, v, g);
        for (std::size_t i = 0; i < x.size(); ++i) {
            ASSERT_TRUE(same(v[i], lre::leaky_relu(x[i], 0.2))) << i;
            ASSERT_EQ(std::signbit(v[i]), std::signbit(lre::leaky_relu(x[i], 0.2))) << i;
            ASSERT_TRUE(same(g[i], lre::leaky_relu_grad(x[i], 0.2, z))) << i;
        }
    }
}

TEST(Activation, BatchesOfEveryLengthAroundTheVectorWidth)
{
    // AVX2 handles four doubles at a time: every remainder, and the element after the end untouched.
    const double pattern[] = {-2.0, 0.0, kNaN, 3.0, -0.0, -1e-300, 1e-300, -kInf, 7.5, kInf, -4.0};
    for (std::size_t n = 0; n <= 11; ++n) {
        const std::vector<double> x(pattern, pattern + n);
        for (ZeroGradient z : {ZeroGradient::LeftLimit, ZeroGradient::RightLimit}) {
            std::vector<double> v(n + 1, 42.0), g(n + 1, 42.0), r(n + 1, 42.0), rg(n + 1, 42.0),
                fv(n + 1, 42.0), fg(n + 1, 42.0);
            lre::leaky_relu(x, -0.5, v);
            lre::leaky_relu_grad(x, -0.5, z, g);
            lre::relu(x, r);
            lre::relu_grad(x, z, rg);
            lre::leaky_relu_with_grad(x, -0.5, z, fv, fg);
            for (std::size_t i = 0; i < n; ++i) {
                EXPECT_TRUE(same(v[i], lre::leaky_relu(x[i], -0.5))) << n << " " << i;
                EXPECT_EQ(std::signbit(v[i]), std::signbit(lre::leaky_relu(x[i], -0.5))) << n << " " << i;
                EXPECT_TRUE(same(g[i], lre::leaky_relu_grad(x[i], -0.5, z))) << n << " " << i;
                EXPECT_TRUE(same(r[i], lre::relu(x[i]))) << n << " " << i;
                EXPECT_TRUE(same(rg[i], lre::relu_grad(x[i], z))) << n << " " << i;
                EXPECT_TRUE(same(fv[i], v[i])) << n << " " << i;
                EXPECT_TRUE(same(fg[i], g[i])) << n << " " << i;
            }
            for (const auto *out : {&v, &g, &r, &rg, &fv, &fg})
                EXPECT_EQ(out->back(), 42.0) << "written past the end, n " << n;
        }
    }
}

TEST(Activation, LargeBatchesIntoMisalignedArrays)
{
    // Spans that start one double into a vector are 8 but not 16-byte aligned: each must still
    // be written correctly (no aligned streaming store may touch them).
    const std::size_t n = (std::size_t{1} << 20) + 3;
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<double>(static_cast<long>(i % 7) - 3) * 0.5;
    std::vector<double> v(n + 1), g(n + 1);
    const std::span<double> alignedV(v.data(), n), misalignedV(v.data() + 1, n);
    const std::span<double> alignedG(g.data(), n), misalignedG(g.data() + 1, n);
    for (auto [values, grads] : {std::pair{alignedV, misalignedG}, {misalignedV, alignedG},
                                 {misalignedV, misalignedG}}) {
        lre::leaky_relu_with_grad(x, 0.3, ZeroGradient::RightLimit, values, grads);
        for (std::size_t i = 0; i < n; ++i) {
            ASSERT_EQ(values[i], lre::leaky_relu(x[i], 0.3)) << i;
            ASSERT_EQ(grads[i], lre::leaky_relu_grad(x[i], 0.3, ZeroGradient::RightLimit)) << i;
        }
    }
}

TEST(Activation, BatchWorksInPlace)
{
    std::vector<double> x{-2.0, 0.0, 3.0};
    lre::leaky_relu(x, 0.5, x);
    EXPECT_EQ(x, (std::vector<double>{-1.0, 0.0, 3.0}));
}

TEST(Activation, RandomizedAgainstReference)
{
    std::mt19937_64 rng(20261126);
    std::normal_distribution<double> normal(0.0, 10.0);
    std::uniform_real_distribution<double> alphas(-10.0, 10.0);
    std::vector<double> x(5000);
    for (double &v : x)
        v = normal(rng);
    x[17] = 0.0;
    x[18] = -0.0;
    for (int round = 0; round < 20; ++round) {
        const double alpha = alphas(rng);
        const ZeroGradient z = round % 2 ? ZeroGradient::RightLimit : ZeroGradient::LeftLimit;
        std::vector<double> v(x.size()), g(x.size());
        lre::leaky_relu_with_grad(x, alpha, z, v, g);
        for (std::size_t i = 0; i < x.size(); ++i) {
            ASSERT_EQ(v[i], reference_leaky(x[i], alpha)) << x[i] << " alpha " << alpha;
            ASSERT_EQ(g[i], reference_leaky_grad(x[i], alpha, z)) << x[i] << " alpha " << alpha;
            ASSERT_EQ(lre::relu(x[i]), reference_leaky(x[i], 0.0) + 0.0);
        }
    }
}

} // namespace
