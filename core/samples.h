// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace lre {

struct SampleRow {
    double x = 0.0;
    double relu = 0.0;
    double leakyRelu = 0.0;
    double reluGrad = 0.0;
    double leakyReluGrad = 0.0;
};

// count evenly spaced samples over [xMin, xMax] (both ends exact), plus x = 0 when it lies
// strictly inside and is not already a sample. Gradients follow params.zeroGradient.
std::vector<SampleRow> sample_table(const PlotParams &params, std::size_t count);

// The shortest text that reads back to the same double.
std::string format_double(double value);

inline constexpr const char *kCsvHeader = "x,relu,leaky_relu,relu_grad,leaky_relu_grad";
void write_csv(std::ostream &out, const std::vector<SampleRow> &rows);

// The same columns, then for each pinned alpha A (in pin order) leaky_relu_aA and
// leaky_relu_grad_aA, A written as the shortest decimal that reads back exactly
// (leaky_relu_a0.01, leaky_relu_grad_a-0.5), gradients under the given x = 0 convention.
std::string pin_column(double alpha, bool gradient);
void write_csv(std::ostream &out, const std::vector<SampleRow> &rows, const std::vector<double> &pins,
               ZeroGradient zeroGradient);

} // namespace lre
