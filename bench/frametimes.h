// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>

#include <chrono>
#include <vector>

// Each frame's time on a steady clock, so the median and p99 the targets speak of can be
// reported (Google Benchmark itself only gives the mean of an iteration).
class FrameTimes final {
public:
    explicit FrameTimes(std::size_t expected) { m_ms.reserve(expected); }

    void start() { m_start = std::chrono::steady_clock::now(); }
    void stop();
    // Adds median_ms, p99_ms and max_ms counters to the benchmark's output.
    void report(benchmark::State &state);

private:
    std::chrono::steady_clock::time_point m_start;
    std::vector<double> m_ms;
};
