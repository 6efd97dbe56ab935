#include "samples.h"

#include <gtest/gtest.h>

#include <charconv>
#include <sstream>

namespace {

TEST(Samples, EvenlySpacedWithExactEnds)
{
    const auto rows = lre::sample_table({.alpha = 0.1, .xMin = -5, .xMax = 5}, 101);
    ASSERT_EQ(rows.size(), 101u); // 0 is already the middle sample
    EXPECT_EQ(rows.front().x, -5.0);
    EXPECT_EQ(rows.back().x, 5.0);
    EXPECT_EQ(rows[50].x, 0.0);
}

TEST(Samples, AddsZeroWhenTheGridMissesIt)
{
    const auto rows = lre::sample_table({.alpha = 0.1, .xMin = -5, .xMax = 5}, 100);
    ASSERT_EQ(rows.size(), 101u);
    int zeros = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_LT(rows[i - 1].x, rows[i].x);
        zeros += rows[i].x == 0.0;
    }
    EXPECT_EQ(zeros, 1);
}

TEST(Samples, NoZeroWhenOutOfRange)
{
    const auto rows = lre::sample_table({.alpha = 0.1, .xMin = 1, .xMax = 2}, 10);
    EXPECT_EQ(rows.size(), 10u);
}

TEST(Samples, ColumnsFollowTheCore)
{
    const lre::PlotParams p{.alpha = 0.3, .xMin = -2, .xMax = 3,
                            .zeroGradient = lre::ZeroGradient::RightLimit};
    for (const auto &r : lre::sample_table(p, 37)) {
        EXPECT_EQ(r.relu, lre::relu(r.x));
        EXPECT_EQ(r.leakyRelu, lre::leaky_relu(r.x, 0.3));
        EXPECT_EQ(r.reluGrad, lre::relu_grad(r.x, p.zeroGradient));
        EXPECT_EQ(r.leakyReluGrad, lre::leaky_relu_grad(r.x, 0.3, p.zeroGradient));
    }
}

TEST(Samples, FormatRoundTrips)
{
    for (double v : {0.1, -1.0 / 3.0, 1e-300, 123456789.123456789, -0.0, 5.0}) {
        const std::string text = lre::format_double(v);
        double back = 0;
        std::from_chars(text.data(), text.data() + text.size(), back);
        EXPECT_EQ(back, v) << text;
    }
    EXPECT_EQ(lre::format_double(0.1), "0.1");
    EXPECT_EQ(lre::format_double(5.0), "5");
}

TEST(Samples, CsvHasHeaderAndRows)
{
    std::ostringstream out;
    lre::write_csv(out, lre::sample_table({.alpha = 0.5, .xMin = -1, .xMax = 1}, 3));
    EXPECT_EQ(out.str(), "x,relu,leaky_relu,relu_grad,leaky_relu_grad\n"
                         "-1,0,-0.5,0,0.5\n"
                         "0,0,0,0,0.5\n"
                         "1,1,1,1,1\n");
}

} // namespace
