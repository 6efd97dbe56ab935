// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include <gtest/gtest.h>

#include <charconv>
#include <sstream>
#include <string>
#include <vector>

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

TEST(Samples, OneSampleIsTheRangeStart)
{
    const auto rows = lre::sample_table({.alpha = 0.1, .xMin = 1.5, .xMax = 2.5}, 1);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].x, 1.5);
    EXPECT_EQ(rows[0].leakyRelu, 1.5);
}

TEST(Samples, EachSampleIsTheNearestDouble)
{
    // Expected values: a + (b - a) * i / 5 in exact rational arithmetic (Python's fractions),
    // rounded once to the nearest double.
    const double a = 0x1.a80ae5e6eeff4p+8;
    const double b = 0x1.6ab1e9e164fcap+9;
    const double nearest[] = {0x1.a80ae5e6eeff4p+8, 0x1.e44fe2461acaep+8, 0x1.104a6f52a34b4p+9,
                              0x1.2e6ced8239310p+9, 0x1.4c8f6bb1cf16dp+9, 0x1.6ab1e9e164fcap+9};
    const auto rows = lre::sample_table({.alpha = 0.1, .xMin = a, .xMax = b}, 6);
    ASSERT_EQ(rows.size(), 6u);
    for (std::size_t i = 0; i < 6; ++i)
        EXPECT_EQ(rows[i].x, nearest[i]) << i;
}

TEST(Samples, BothEndsExactForAwkwardRanges)
{
    // Ends that are not exact in binary: the last sample must still be xMax itself.
    for (double lo : {-0.7, 0.1, 0.3, -1e6, 2.2, -123.456}) {
        for (double hi : {0.7, 0.9, 1.1, 3.3, 999999.9, 7.77}) {
            if (!(hi > lo))
                continue;
            for (std::size_t count : {2u, 3u, 7u, 10u, 101u}) {
                const auto rows = lre::sample_table({.alpha = 0.1, .xMin = lo, .xMax = hi}, count);
                ASSERT_FALSE(rows.empty());
                EXPECT_EQ(rows.front().x, lo);
                EXPECT_EQ(rows.back().x, hi) << lo << ".." << hi << " " << count;
            }
        }
    }
}

std::vector<std::string> split(const std::string &line)
{
    std::vector<std::string> cells;
    std::stringstream in(line);
    for (std::string cell; std::getline(in, cell, ',');)
        cells.push_back(cell);
    return cells;
}

double read_back(const std::string &text)
{
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    EXPECT_TRUE(ec == std::errc() && end == text.data() + text.size()) << text;
    return value;
}

TEST(Samples, CsvReadsBackToTheSameDoubles)
{
    const lre::PlotParams p{.alpha = 1.0 / 3.0, .xMin = -2.2, .xMax = 3.7,
                            .zeroGradient = lre::ZeroGradient::RightLimit};
    const auto rows = lre::sample_table(p, 37);
    std::ostringstream out;
    lre::write_csv(out, rows);
    std::istringstream in(out.str());
    std::string line;
    ASSERT_TRUE(std::getline(in, line));
    EXPECT_EQ(line, lre::kCsvHeader);
    std::size_t row = 0;
    while (std::getline(in, line)) {
        ASSERT_LT(row, rows.size());
        const auto cells = split(line);
        ASSERT_EQ(cells.size(), 5u) << line;
        const lre::SampleRow &r = rows[row++];
        EXPECT_EQ(read_back(cells[0]), r.x) << line;
        EXPECT_EQ(read_back(cells[1]), r.relu) << line;
        EXPECT_EQ(read_back(cells[2]), r.leakyRelu) << line;
        EXPECT_EQ(read_back(cells[3]), r.reluGrad) << line;
        EXPECT_EQ(read_back(cells[4]), r.leakyReluGrad) << line;
    }
    EXPECT_EQ(row, rows.size());
}

} // namespace

namespace {

TEST(Samples, PinColumnsFollowTheCore)
{
    const lre::PlotParams p{.alpha = 0.1, .xMin = -1, .xMax = 1, .zeroGradient = lre::ZeroGradient::RightLimit};
    const auto rows = lre::sample_table(p, 5);
    std::ostringstream out;
    lre::write_csv(out, rows, {0.01, -0.5}, p.zeroGradient);
    std::istringstream in(out.str());
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, std::string(lre::kCsvHeader)
                        + ",leaky_relu_a0.01,leaky_relu_grad_a0.01,leaky_relu_a-0.5,leaky_relu_grad_a-0.5");
    std::size_t n = 0;
    while (std::getline(in, line)) {
        std::vector<double> cells;
        std::istringstream cellsIn(line);
        for (std::string cell; std::getline(cellsIn, cell, ',');)
            cells.push_back(std::stod(cell));
        ASSERT_EQ(cells.size(), 9u);
        const double x = cells[0];
        EXPECT_EQ(cells[5], lre::leaky_relu(x, 0.01));
        EXPECT_EQ(cells[6], lre::leaky_relu_grad(x, 0.01, p.zeroGradient));
        EXPECT_EQ(cells[7], lre::leaky_relu(x, -0.5));
        EXPECT_EQ(cells[8], lre::leaky_relu_grad(x, -0.5, p.zeroGradient));
        ++n;
    }
    EXPECT_EQ(n, rows.size());
    std::ostringstream plain;
    lre::write_csv(plain, rows, {}, p.zeroGradient);
    std::ostringstream old;
    lre::write_csv(old, rows);
    EXPECT_EQ(plain.str(), old.str());
}

} // namespace
