// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <random>

namespace lre {

// Uniform and normal numbers from the raw bits of std::mt19937_64, whose output the standard
// fixes exactly. std::uniform_real_distribution and std::normal_distribution are left to each
// library, so the same seed would give other data and weights with libc++ or MSVC.
class LabRandom final {
public:
    explicit LabRandom(std::uint64_t seed) : m_engine(seed) {}

    double uniform();                    // [0, 1), 53 random bits
    double uniform(double low, double high);
    double normal();                     // standard normal, Box-Muller
    double normal(double mean, double stddev);

private:
    std::mt19937_64 m_engine;
    std::optional<double> m_spareNormal;
};

} // namespace lre
