// SPDX-License-Identifier: GPL-3.0-or-later
#include "borndead.h"

#include "activation.h"
#include "cpustate.h"
#include "samples.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>

namespace lre {

namespace {

// Trials per block: the unit of work and of cancellation.
constexpr int kBlock = 250;

std::uint64_t splitmix(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// A small generator of its own per trial: seeding costs nothing, so every trial has its own
// stream and a trial that stops early leaves the others' draws as they were.
class TrialRandom {
public:
    TrialRandom(std::uint64_t seed, int width, int trial)
    {
        std::uint64_t s = seed;
        m_state = splitmix(s) ^ (static_cast<std::uint64_t>(width) << 32 | static_cast<std::uint32_t>(trial));
        splitmix(m_state);
    }

    // Standard normal, Marsaglia's polar method (both values used).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0.0;
        double v = 0.0;
        double s = 0.0;
        do {
            // Two 32-bit uniforms from one draw: plenty of resolution for signs and magnitudes here.
            const std::uint64_t bits = splitmix(m_state);
            u = static_cast<double>(bits >> 32) * 0x1.0p-31 - 1.0;
            v = static_cast<double>(bits & 0xffffffffULL) * 0x1.0p-31 - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }

private:
    std::uint64_t m_state = 0;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};


bool all_zero(const std::vector<double> &values)
{
    return std::ranges::all_of(values, [](double v) { return v == 0.0; });
}

struct BlockCounts {
    std::vector<int> relu, leaky, halfLine; // one per depth
};

struct Scratch {
    std::vector<double> rp, rm, lp, lm, row, nrp, nrm, nlp, nlm;
};

void run_trial(TrialRandom &random, int width, double alpha, const std::vector<int> &depths,
               BlockCounts &counts, Scratch &s)
{
    const auto n = static_cast<std::size_t>(width);
    for (auto *v : {&s.rp, &s.rm, &s.lp, &s.lm, &s.row, &s.nrp, &s.nrm, &s.nlp, &s.nlm})
        v->assign(n, 0.0);
    // Layer 1: fan-in 1, so weights N(0, 2); the inputs are +1 and -1.
    for (std::size_t j = 0; j < n; ++j) {
        const double w = std::numbers::sqrt2 * random.normal();
        s.rp[j] = leaky_relu(w, 0.0);
        s.rm[j] = leaky_relu(-w, 0.0);
        s.lp[j] = leaky_relu(w, alpha);
        s.lm[j] = leaky_relu(-w, alpha);
    }
    const double scale = std::sqrt(2.0 / static_cast<double>(width));
    bool reluDead = false;
    bool leakyDead = false;
    bool halfLineDead = false;
    std::size_t next = 0;
    for (int layer = 1; next < depths.size(); ++layer) {
        if (layer > 1) {
            for (std::size_t i = 0; i < n; ++i) {
                for (double &w : s.row)
                    w = scale * random.normal();
                double zrp = 0.0, zrm = 0.0, zlp = 0.0, zlm = 0.0;
                for (std::size_t j = 0; j < n; ++j) {
                    zrp += s.row[j] * s.rp[j];
                    zrm += s.row[j] * s.rm[j];
                    zlp += s.row[j] * s.lp[j];
                    zlm += s.row[j] * s.lm[j];
                }
                s.nrp[i] = leaky_relu(zrp, 0.0);
                s.nrm[i] = leaky_relu(zrm, 0.0);
                s.nlp[i] = leaky_relu(zlp, alpha);
                s.nlm[i] = leaky_relu(zlm, alpha);
            }
            std::swap(s.rp, s.nrp);
            std::swap(s.rm, s.nrm);
            std::swap(s.lp, s.nlp);
            std::swap(s.lm, s.nlm);
        }
        // A layer that is all zero stays so: act(W * 0) = 0 for every alpha.
        halfLineDead = halfLineDead || all_zero(s.rp);
        reluDead = reluDead || (halfLineDead && all_zero(s.rm));
        leakyDead = leakyDead || (all_zero(s.lp) && all_zero(s.lm));
        if (layer == depths[next]) {
            counts.relu[next] += reluDead ? 1 : 0;
            counts.leaky[next] += leakyDead ? 1 : 0;
            counts.halfLine[next] += halfLineDead ? 1 : 0;
            ++next;
        }
        if (reluDead && leakyDead) {
            // Every deeper depth is dead too; no draw of this trial affects any other.
            for (; next < depths.size(); ++next) {
                ++counts.relu[next];
                ++counts.leaky[next];
                ++counts.halfLine[next];
            }
        }
    }
}

} // namespace

double BornDeadCell::fractionRelu() const
{
    return trials > 0 ? static_cast<double>(deadRelu) / trials : 0.0;
}

double BornDeadCell::fractionLeaky() const
{
    return trials > 0 ? static_cast<double>(deadLeaky) / trials : 0.0;
}

double BornDeadCell::standardErrorRelu() const
{
    return binomial_standard_error(deadRelu, trials);
}

double BornDeadCell::standardErrorLeaky() const
{
    return binomial_standard_error(deadLeaky, trials);
}

const BornDeadCell *BornDeadTable::find(int width, int depth) const
{
    const auto it = std::ranges::find_if(cells, [&](const BornDeadCell &c) {
        return c.width == width && c.depth == depth;
    });
    return it == cells.end() ? nullptr : &*it;
}

double binomial_standard_error(int dead, int trials)
{
    if (trials <= 0)
        return 0.0;
    const double p = static_cast<double>(dead) / trials;
    return std::sqrt(p * (1.0 - p) / trials);
}

double born_dead_exact_relu(int width, int depth)
{
    if (depth <= 1)
        return 0.0; // one unit of the first layer is active at +1 or at -1
    if (depth != 2)
        return std::nan("");
    // The first layer is w+ at x = 1 and w- at x = -1 (disjoint supports). A row r of layer 2
    // is silent at both when r.w+ <= 0 and r.w- <= 0: probability 1/4 (two independent normals)
    // or 1/2 when every w has one sign (one of the two vectors is 0).
    const double half = std::pow(0.5, width);
    const double sameSign = 2.0 * half;
    return sameSign * half + (1.0 - sameSign) * half * half;
}

double born_dead_half_line(int width, int depth)
{
    // At x = 1 each layer's units are active independently with probability 1/2 as long as the
    // layer below has any active unit (the pre-activations are symmetric normals).
    return 1.0 - std::pow(1.0 - std::pow(0.5, width), depth);
}

BornDeadTable run_born_dead(const BornDeadParams &params, const std::function<bool()> &keepGoing)
{
    BornDeadTable table;
    table.params = params;
    const int trials = std::max(params.trials, 0);
    const int blocksPerWidth = (trials + kBlock - 1) / kBlock;
    const std::size_t depthCount = params.depths.size();
    const std::size_t blockCount = params.widths.size() * static_cast<std::size_t>(blocksPerWidth);
    std::vector<BlockCounts> blocks(blockCount, BlockCounts{std::vector<int>(depthCount, 0),
                                                            std::vector<int>(depthCount, 0),
                                                            std::vector<int>(depthCount, 0)});
    std::atomic<bool> cancelled = false;

    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, blockCount, 1), [&](const tbb::blocked_range<std::size_t> &range) {
        Scratch scratch;
        for (std::size_t b = range.begin(); b != range.end(); ++b) {
            if (cancelled.load(std::memory_order_relaxed))
                return;
            if (keepGoing && !keepGoing()) {
                cancelled = true;
                return;
            }
            clear_upper_registers();
            const int width = params.widths[b / static_cast<std::size_t>(blocksPerWidth)];
            const int first = static_cast<int>(b % static_cast<std::size_t>(blocksPerWidth)) * kBlock;
            const int last = std::min(first + kBlock, trials);
            for (int t = first; t < last; ++t) {
                TrialRandom random(params.seed, width, t);
                run_trial(random, width, params.alpha, params.depths, blocks[b], scratch);
            }
        }
    });

    table.complete = !cancelled;
    for (std::size_t w = 0; w < params.widths.size(); ++w) {
        for (std::size_t d = 0; d < depthCount; ++d) {
            BornDeadCell cell{.width = params.widths[w], .depth = params.depths[d], .trials = trials};
            for (int b = 0; b < blocksPerWidth; ++b) {
                const BlockCounts &counts = blocks[w * static_cast<std::size_t>(blocksPerWidth) + static_cast<std::size_t>(b)];
                cell.deadRelu += counts.relu[d];
                cell.deadLeaky += counts.leaky[d];
                cell.deadReluHalfLine += counts.halfLine[d];
            }
            table.cells.push_back(cell);
        }
    }
    return table;
}

void write_born_dead_csv(std::ostream &out, const BornDeadTable &table)
{
    out << kBornDeadCsvHeader << '\n';
    for (const BornDeadCell &c : table.cells) {
        out << c.width << ',' << c.depth << ",relu,0," << c.trials << ',' << c.deadRelu << ','
            << format_double(c.fractionRelu()) << ',' << format_double(c.standardErrorRelu()) << '\n';
        out << c.width << ',' << c.depth << ",leaky_relu," << format_double(table.params.alpha) << ','
            << c.trials << ',' << c.deadLeaky << ',' << format_double(c.fractionLeaky()) << ','
            << format_double(c.standardErrorLeaky()) << '\n';
    }
}

} // namespace lre
