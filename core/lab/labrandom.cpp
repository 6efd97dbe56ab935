// SPDX-License-Identifier: GPL-3.0-or-later
#include "labrandom.h"

#include <cmath>
#include <numbers>

namespace lre {

double LabRandom::uniform()
{
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double LabRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

double LabRandom::normal()
{
    if (m_spareNormal) {
        const double spare = *m_spareNormal;
        m_spareNormal.reset();
        return spare;
    }
    // 1 - u lies in (0, 1], so the logarithm is always finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spareNormal = radius * std::sin(angle);
    return radius * std::cos(angle);
}

double LabRandom::normal(double mean, double stddev)
{
    return mean + stddev * normal();
}

} // namespace lre
