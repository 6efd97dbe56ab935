// SPDX-License-Identifier: GPL-3.0-or-later
#include "samples.h"

#include <array>
#include <charconv>
#include <cmath>

namespace lre {

namespace {

SampleRow row_at(const PlotParams &p, double x)
{
    return {x, relu(x), leaky_relu(x, p.alpha), relu_grad(x, p.zeroGradient),
            leaky_relu_grad(x, p.alpha, p.zeroGradient)};
}

// Sample i of count over [a, b]: the double nearest to the exact a + (b - a) * i / (count - 1),
// so that -5..5 in 101 steps gives -4.8, not std::lerp's -4.800000000000001. The numerator
// a * (count - 1 - i) + b * i is carried as an unevaluated sum hi + lo (products split exactly
// by fma), then divided with one correction step from the exact remainder.
double grid_point(double a, double b, std::size_t i, std::size_t count)
{
    if (count == 1 || i == 0)
        return a;
    if (i == count - 1)
        return b;
    const double steps = static_cast<double>(count - 1);
    const double wa = static_cast<double>(count - 1 - i);
    const double wb = static_cast<double>(i);
    const double pa = a * wa;
    const double ea = std::fma(a, wa, -pa);
    const double pb = b * wb;
    const double eb = std::fma(b, wb, -pb);
    const double sum = pa + pb;
    const double back = sum - pa;
    const double sumError = (pa - (sum - back)) + (pb - back);
    const double tail = sumError + ea + eb;
    const double hi = sum + tail;
    const double lo = tail - (hi - sum);
    const double q = hi / steps;
    const double remainder = std::fma(-q, steps, hi) + lo;
    return q + remainder / steps;
}

} // namespace

std::vector<SampleRow> sample_table(const PlotParams &p, std::size_t count)
{
    std::vector<SampleRow> rows;
    if (count == 0)
        return rows;
    rows.reserve(count + 1);
    const bool zeroInside = p.xMin < 0.0 && 0.0 < p.xMax;
    bool zeroAdded = !zeroInside;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = grid_point(p.xMin, p.xMax, i, count);
        if (!zeroAdded && x >= 0.0) {
            if (x != 0.0)
                rows.push_back(row_at(p, 0.0));
            zeroAdded = true;
        }
        rows.push_back(row_at(p, x));
    }
    return rows;
}

std::string format_double(double value)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("nan");
}

void write_csv(std::ostream &out, const std::vector<SampleRow> &rows)
{
    write_csv(out, rows, {}, ZeroGradient::LeftLimit);
}

std::string pin_column(double alpha, bool gradient)
{
    return (gradient ? "leaky_relu_grad_a" : "leaky_relu_a") + format_double(alpha);
}

void write_csv(std::ostream &out, const std::vector<SampleRow> &rows, const std::vector<double> &pins,
               ZeroGradient zeroGradient)
{
    out << kCsvHeader;
    for (double alpha : pins)
        out << ',' << pin_column(alpha, false) << ',' << pin_column(alpha, true);
    out << '\n';
    for (const SampleRow &r : rows) {
        out << format_double(r.x) << ',' << format_double(r.relu) << ','
            << format_double(r.leakyRelu) << ',' << format_double(r.reluGrad) << ','
            << format_double(r.leakyReluGrad);
        for (double alpha : pins)
            out << ',' << format_double(leaky_relu(r.x, alpha)) << ','
                << format_double(leaky_relu_grad(r.x, alpha, zeroGradient));
        out << '\n';
    }
}

} // namespace lre
