#include "activation.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace {

std::vector<double> normal_doubles(std::size_t n)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> x(n);
    for (double &v : x)
        v = normal(rng);
    return x;
}

void BM_CoreValueAndGradient(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<double> x = normal_doubles(n);
    std::vector<double> values(n);
    std::vector<double> grads(n);
    for (auto _ : state) {
        lre::leaky_relu_with_grad(x, 0.1, lre::ZeroGradient::LeftLimit, values, grads);
        benchmark::DoNotOptimize(values.data());
        benchmark::DoNotOptimize(grads.data());
        benchmark::ClobberMemory();
    }
    // Read x, write value and gradient.
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n)
                            * 3 * static_cast<std::int64_t>(sizeof(double)));
}

void BM_Copy(benchmark::State &state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<double> x = normal_doubles(n);
    std::vector<double> out(n);
    for (auto _ : state) {
        std::copy(x.begin(), x.end(), out.begin());
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n)
                            * 2 * static_cast<std::int64_t>(sizeof(double)));
}

} // namespace

BENCHMARK(BM_CoreValueAndGradient)->Arg(1'000)->Arg(100'000)->Arg(10'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Copy)->Arg(1'000)->Arg(100'000)->Arg(10'000'000)->Unit(benchmark::kMicrosecond);
