// SPDX-License-Identifier: GPL-3.0-or-later
// CSV grid values are the doubles nearest to the exact grid points: -4.8, not -4.800000000000001.
#include "samples.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>

namespace {

lre::PlotParams range(double xMin, double xMax)
{
    lre::PlotParams p;
    p.xMin = xMin;
    p.xMax = xMax;
    return p;
}

// Sample values only (the table may add x = 0 between them).
std::vector<double> xs_of(const lre::PlotParams &p, std::size_t count)
{
    std::vector<double> xs;
    for (const lre::SampleRow &row : lre::sample_table(p, count))
        xs.push_back(row.x);
    return xs;
}

} // namespace

TEST(GridPoints, DefaultRangeGivesShortDecimals)
{
    // -5..5 in 101 samples: x_i = (i - 50) / 10 exactly; the nearest double prints as such.
    const std::vector<double> xs = xs_of(range(-5.0, 5.0), 101);
    ASSERT_EQ(xs.size(), 101u);
    for (int i = 0; i <= 100; ++i) {
        std::ostringstream decimal;
        decimal << (i - 50) / 10 << '.' << std::abs(i - 50) % 10;
        std::string text = decimal.str();
        if (i - 50 < 0 && (i - 50) / 10 == 0)
            text = "-" + text;
        EXPECT_EQ(xs[static_cast<std::size_t>(i)], std::stod(text)) << "sample " << i;
    }
    EXPECT_EQ(lre::format_double(xs[2]), "-4.8");
}

TEST(GridPoints, CsvWritesTheShortDecimal)
{
    std::ostringstream csv;
    lre::write_csv(csv, lre::sample_table(range(-5.0, 5.0), 101));
    EXPECT_NE(csv.str().find("\n-4.8,"), std::string::npos);
    // The x column has no long tails (the function columns are products, alpha * x, and may).
    std::istringstream lines(csv.str());
    std::string line;
    std::getline(lines, line); // header
    while (std::getline(lines, line)) {
        const std::string x = line.substr(0, line.find(','));
        EXPECT_LE(x.size(), 4u) << line;
    }
}

TEST(GridPoints, FinerDecimalGrids)
{
    // -2..2 in 1001 samples: step 0.004, x_i = (4 i - 2000) / 1000.
    const std::vector<double> xs = xs_of(range(-2.0, 2.0), 1001);
    for (int i = 0; i <= 1000; ++i) {
        const double exact = std::stod(std::to_string(4 * i - 2000) + "e-3");
        EXPECT_EQ(xs[static_cast<std::size_t>(i)], exact) << "sample " << i;
    }
}

TEST(GridPoints, IntegerEndsMatchOneCorrectlyRoundedDivision)
{
    // With whole-number ends the numerator a (n-1-i) + b i is an exact double, so one division
    // is the correctly rounded grid point: an oracle independent of the implementation.
    std::mt19937 random(7);
    std::uniform_int_distribution<int> end(-1000, 1000);
    std::uniform_int_distribution<int> count(2, 2000);
    for (int trial = 0; trial < 200; ++trial) {
        int a = end(random), b = end(random);
        if (a == b)
            continue;
        if (a > b)
            std::swap(a, b);
        const std::size_t n = static_cast<std::size_t>(count(random));
        const lre::PlotParams p = range(a, b);
        std::vector<double> xs;
        for (const lre::SampleRow &row : lre::sample_table(p, n))
            xs.push_back(row.x);
        // Drop an inserted 0 that is not a grid point.
        std::size_t k = 0;
        for (std::size_t i = 0; i < n; ++i, ++k) {
            const double exact = (static_cast<double>(a) * static_cast<double>(n - 1 - i)
                                  + static_cast<double>(b) * static_cast<double>(i))
                                 / static_cast<double>(n - 1);
            if (xs[k] == 0.0 && exact != 0.0)
                ++k;
            ASSERT_EQ(xs[k], exact) << a << ".." << b << " n=" << n << " i=" << i;
        }
    }
}
