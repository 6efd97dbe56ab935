// SPDX-License-Identifier: GPL-3.0-or-later
#include "frametimes.h"

#include <algorithm>

void FrameTimes::stop()
{
    const auto elapsed = std::chrono::steady_clock::now() - m_start;
    m_ms.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
}

void FrameTimes::report(benchmark::State &state)
{
    if (m_ms.empty())
        return;
    std::sort(m_ms.begin(), m_ms.end());
    // The same ranks as the matplotlib baseline: element n/2 and element floor(0.99 n).
    const std::size_t n = m_ms.size();
    state.counters["median_ms"] = m_ms[n / 2];
    state.counters["p99_ms"] = m_ms[std::min(n - 1, n * 99 / 100)];
    state.counters["max_ms"] = m_ms.back();
}
