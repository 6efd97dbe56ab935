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
        const double t = count == 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(count - 1);
        const double x = std::lerp(p.xMin, p.xMax, t);
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
    out << kCsvHeader << '\n';
    for (const SampleRow &r : rows) {
        out << format_double(r.x) << ',' << format_double(r.relu) << ','
            << format_double(r.leakyRelu) << ',' << format_double(r.reluGrad) << ','
            << format_double(r.leakyReluGrad) << '\n';
    }
}

} // namespace lre
