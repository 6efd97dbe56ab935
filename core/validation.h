// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"

#include <optional>
#include <string>

namespace lre::limits {
inline constexpr double kAlphaMin = -10.0;
inline constexpr double kAlphaMax = 10.0;
inline constexpr double kXAbsMax = 1e6;
inline constexpr double kMinXSpan = 1e-6;
inline constexpr int kImageSideMin = 16;
inline constexpr int kImageSideMax = 8192;
inline constexpr long kSamplesMin = 2;
inline constexpr long kSamplesMax = 1'000'000;
} // namespace lre::limits

namespace lre {

// Each returns std::nullopt when the value is valid, else a one-line message saying what is
// accepted. The window, the settings loader and the command line all go through these.
std::optional<std::string> validate_alpha(double alpha);
std::optional<std::string> validate_x_bound(double x);
std::optional<std::string> validate_x_range(double xMin, double xMax);
std::optional<std::string> validate_image_side(long side);
std::optional<std::string> validate_samples(long samples);
std::optional<std::string> validate(const PlotParams &params);

bool is_valid(const PlotParams &params);

// A limit as a message shows it: plain decimals, no trailing zeros ("0.0001", "-10").
std::string plain_decimal(double value);

struct XRange {
    double min = -5.0;
    double max = 5.0;
};

// The nearest valid range to a requested one (zoom and pan ask for any finite range): at least
// kMinXSpan wide, inside [-kXAbsMax, kXAbsMax], keeping the requested centre where it can.
XRange clamp_x_range(double xMin, double xMax);

} // namespace lre
