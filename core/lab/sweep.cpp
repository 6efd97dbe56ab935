// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "samples.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lre {

namespace {

struct RunPlace {
    std::size_t valueIndex = 0;
    std::size_t seedIndex = 0;
    bool relu = false;
    bool prelu = false;
};

std::size_t fixed_networks_per_seed(const SweepSpec &spec)
{
    return spec.kind == SweepKind::LearningRate ? 2 : 1;
}

std::size_t networks_per_seed(const SweepSpec &spec)
{
    return fixed_networks_per_seed(spec) + (spec.base.prelu != PreluMode::Off ? 1 : 0);
}

RunPlace place_of(const SweepSpec &spec, std::size_t index)
{
    const std::size_t perSeed = networks_per_seed(spec);
    const std::size_t perValue = perSeed * static_cast<std::size_t>(spec.seeds);
    const std::size_t slot = index % perSeed;
    RunPlace place;
    place.valueIndex = index / perValue;
    place.seedIndex = (index % perValue) / perSeed;
    place.prelu = slot == fixed_networks_per_seed(spec);
    if (place.prelu)
        place.relu = false;
    else if (spec.kind == SweepKind::LearningRate)
        place.relu = slot == 0;
    else
        place.relu = spec.values[place.valueIndex] == 0.0;
    return place;
}

// Quantile q of sorted values, linear between neighbours.
double quantile(const std::vector<double> &sorted, double q)
{
    const double at = q * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(at));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double t = at - static_cast<double>(below);
    return sorted[below] + t * (sorted[above] - sorted[below]);
}

SweepPoint point_of(double value, const std::vector<const SweepRun *> &runs)
{
    SweepPoint point;
    point.value = value;
    std::vector<double> losses;
    std::vector<double> dead;
    std::vector<double> alphas;
    for (const SweepRun *run : runs) {
        ++point.runs;
        if (run->divergedEpoch) {
            ++point.diverged;
            continue;
        }
        losses.push_back(run->finalLoss);
        dead.push_back(run->finalDead);
        alphas.push_back(run->finalAlpha);
    }
    if (losses.empty())
        return point;
    std::ranges::sort(losses);
    std::ranges::sort(dead);
    std::ranges::sort(alphas);
    point.medianLoss = quantile(losses, 0.5);
    point.lossQ1 = quantile(losses, 0.25);
    point.lossQ3 = quantile(losses, 0.75);
    point.medianDead = quantile(dead, 0.5);
    point.deadQ1 = quantile(dead, 0.25);
    point.deadQ3 = quantile(dead, 0.75);
    point.medianAlpha = quantile(alphas, 0.5);
    point.alphaQ1 = quantile(alphas, 0.25);
    point.alphaQ3 = quantile(alphas, 0.75);
    return point;
}

void lower_this_threads_priority()
{
#if defined(__linux__)
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

// A thread lowered stays so (raising it again needs privileges), which is why only sweeps for an
// interactive process lower their threads. Once per thread: the syscall is not repeated per run.
void lower_this_thread_once()
{
    thread_local bool lowered = false;
    if (!lowered) {
        lower_this_threads_priority();
        lowered = true;
    }
}

} // namespace

std::string_view sweep_kind_name(SweepKind kind)
{
    return kind == SweepKind::LearningRate ? "lr" : "alpha";
}

std::vector<double> log_spaced(double min, double max, int n)
{
    std::vector<double> values;
    if (n < 1)
        return values;
    if (n == 1)
        return {min};
    const double lo = std::log10(min);
    const double hi = std::log10(max);
    for (int i = 0; i < n; ++i) {
        if (i == 0)
            values.push_back(min);
        else if (i == n - 1)
            values.push_back(max);
        else
            values.push_back(std::pow(10.0, lo + (hi - lo) * i / (n - 1)));
    }
    return values;
}

SweepSpec default_lr_sweep(double alpha)
{
    SweepSpec spec;
    spec.kind = SweepKind::LearningRate;
    spec.base.alpha = alpha;
    spec.base.init = LabInit::He;
    spec.values = log_spaced(1e-3, 0.3, 16);
    return spec;
}

SweepSpec default_alpha_sweep(double learningRate)
{
    SweepSpec spec;
    spec.kind = SweepKind::Alpha;
    spec.base.learningRate = learningRate;
    spec.base.init = LabInit::He;
    spec.values = {0.0, 0.001, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5, 1.0};
    return spec;
}

std::optional<std::string> validate_sweep(const SweepSpec &spec)
{
    using namespace sweep_limits;
    if (spec.seeds < kSeedsMin || spec.seeds > kSeedsMax)
        return "seeds must be a whole number from " + std::to_string(kSeedsMin) + " to "
            + std::to_string(kSeedsMax);
    if (spec.values.empty() || spec.values.size() > kValuesMax)
        return "a sweep needs 1 to " + std::to_string(kValuesMax) + " values";
    if (spec.base.seed + static_cast<std::uint64_t>(spec.seeds - 1) > lab_limits::kSeedMax)
        return "the last seed must not pass " + std::to_string(lab_limits::kSeedMax);
    for (const double value : spec.values) {
        LabParams params = spec.base;
        (spec.kind == SweepKind::LearningRate ? params.learningRate : params.alpha) = value;
        if (auto error = validate_lab_params(params))
            return error;
    }
    return validate_lab_params(spec.base);
}

std::size_t sweep_run_count(const SweepSpec &spec)
{
    return spec.values.size() * static_cast<std::size_t>(std::max(spec.seeds, 0)) * networks_per_seed(spec);
}

std::size_t SweepResult::completed() const
{
    return static_cast<std::size_t>(std::ranges::count_if(runs, [](const auto &run) { return run.has_value(); }));
}

SweepRun run_sweep_one(const SweepSpec &spec, std::size_t index, const std::atomic<bool> *cancel)
{
    const RunPlace place = place_of(spec, index);
    LabParams params = spec.base;
    params.seed = spec.base.seed + place.seedIndex;
    const double value = spec.values[place.valueIndex];
    (spec.kind == SweepKind::LearningRate ? params.learningRate : params.alpha) = value;
    const double alpha = place.relu ? 0.0 : place.prelu ? prelu_start_alpha(params) : params.alpha;

    SweepRun run;
    run.valueIndex = static_cast<int>(place.valueIndex);
    run.seed = params.seed;
    run.relu = place.relu;
    run.prelu = place.prelu;
    run.alpha = alpha;
    run.learningRate = params.learningRate;

    // The lab's loop for one network (train_lab), with the same weights and the same steps.
    const LabData data = make_lab_data(params);
    LabNetwork network = initial_lab_network(params, alpha, place.prelu ? params.prelu : PreluMode::Off);
    run.bestLoss = HUGE_VAL;
    for (int epoch = 0;; ++epoch) {
        const LabNetwork::Evaluation now = network.evaluate(data);
        if (!std::isfinite(now.loss)) {
            run.divergedEpoch = epoch;
            break;
        }
        run.finalLoss = now.loss;
        run.finalDead = now.deadFraction;
        run.finalAlpha = network.alpha();
        run.bestLoss = std::min(run.bestLoss, now.loss);
        if (epoch >= params.epochs || (cancel && cancel->load(std::memory_order_relaxed)))
            break;
        network.descend(params.learningRate);
    }
    return run;
}

namespace {

SweepResult run_sweep_with(const SweepSpec &spec, const SweepProgress &onRun, const std::atomic<bool> *cancel,
                           bool lowerThreads)
{
    if (auto error = validate_sweep(spec))
        throw std::invalid_argument(*error);
    SweepResult result;
    result.spec = spec;
    result.runs.resize(sweep_run_count(spec));
    const auto stopped = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, result.runs.size(), 1),
                      [&](const tbb::blocked_range<std::size_t> &range) {
                          if (lowerThreads)
                              lower_this_thread_once();
                          for (std::size_t index = range.begin(); index != range.end(); ++index) {
                              if (stopped())
                                  return;
                              SweepRun run = run_sweep_one(spec, index, cancel);
                              if (stopped())
                                  return; // a run cut short is not a result
                              result.runs[index] = run;
                              if (onRun)
                                  onRun(index, run);
                          }
                      });
    result.cancelled = stopped() && result.completed() < result.runs.size();
    return result;
}

} // namespace

SweepResult run_sweep(const SweepSpec &spec, const SweepProgress &onRun, const std::atomic<bool> *cancel)
{
    return run_sweep_with(spec, onRun, cancel, false);
}

// Not a tbb::task_scheduler_observer: TBB frees an observer's proxy lazily, after the arena's
// threads next look at it, so one made per sweep is still allocated when the process exits.
SweepResult run_sweep_yielding(const SweepSpec &spec, const SweepProgress &onRun, const std::atomic<bool> *cancel)
{
    lower_this_threads_priority();
    return run_sweep_with(spec, onRun, cancel, true);
}

SweepSummary summarize(const SweepResult &result)
{
    const SweepSpec &spec = result.spec;
    SweepSummary summary;
    for (std::size_t v = 0; v < spec.values.size(); ++v) {
        std::vector<const SweepRun *> relu;
        std::vector<const SweepRun *> leaky;
        std::vector<const SweepRun *> prelu;
        for (const auto &run : result.runs) {
            if (!run || static_cast<std::size_t>(run->valueIndex) != v)
                continue;
            if (run->prelu)
                prelu.push_back(&*run);
            else
                (spec.kind == SweepKind::LearningRate && run->relu ? relu : leaky).push_back(&*run);
        }
        if (spec.kind == SweepKind::LearningRate)
            summary.relu.push_back(point_of(spec.values[v], relu));
        summary.leaky.push_back(point_of(spec.values[v], leaky));
        if (spec.base.prelu != PreluMode::Off)
            summary.prelu.push_back(point_of(spec.values[v], prelu));
    }
    return summary;
}

LrWindow lr_window(const std::vector<SweepPoint> &points, double factor)
{
    LrWindow window;
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].medianLoss && (!best || *points[i].medianLoss < *points[*best].medianLoss))
            best = i;
    if (!best)
        return window;
    const double limit = factor * *points[*best].medianLoss;
    const auto within = [&](std::size_t i) { return points[i].medianLoss && *points[i].medianLoss <= limit; };
    std::size_t low = *best;
    std::size_t high = *best;
    while (low > 0 && within(low - 1))
        --low;
    while (high + 1 < points.size() && within(high + 1))
        ++high;
    window.found = true;
    window.low = points[low].value;
    window.high = points[high].value;
    window.decades = std::log10(window.high / window.low);
    window.bestLoss = *points[*best].medianLoss;
    window.bestRate = points[*best].value;
    return window;
}

std::optional<std::size_t> learned_alpha_point(const std::vector<SweepPoint> &points)
{
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const SweepPoint &p = points[i];
        if (p.medianLoss && 2 * p.diverged <= p.runs && (!best || *p.medianLoss < *points[*best].medianLoss))
            best = i;
    }
    return best;
}

SensitivityVerdict compare_windows(const LrWindow &relu, const LrWindow &leaky, double alpha)
{
    if (alpha == 0.0)
        return SensitivityVerdict::AlphaIsZero;
    if (!relu.found || !leaky.found)
        return SensitivityVerdict::NotEnoughData;
    const double difference = leaky.decades - relu.decades;
    if (difference >= kWindowMarginDecades)
        return SensitivityVerdict::LeakyLessSensitive;
    if (difference <= -kWindowMarginDecades)
        return SensitivityVerdict::LeakyMoreSensitive;
    return SensitivityVerdict::NoClearDifference;
}

void write_sweep_csv(std::ostream &out, const SweepResult &result)
{
    const bool withPrelu = result.spec.base.prelu != PreluMode::Off;
    out << kSweepCsvHeader << (withPrelu ? kSweepCsvPreluColumn : "") << '\n';
    const std::string_view kind = sweep_kind_name(result.spec.kind);
    for (const auto &run : result.runs) {
        if (!run)
            continue;
        out << kind << ',' << format_double(result.spec.values[static_cast<std::size_t>(run->valueIndex)])
            << ',' << run->seed << ',' << (run->prelu ? "prelu" : run->relu ? "relu" : "leaky_relu") << ','
            << format_double(run->alpha) << ',' << format_double(run->learningRate) << ','
            << format_double(run->finalLoss) << ',' << format_double(run->bestLoss) << ','
            << format_double(run->finalDead) << ',';
        if (run->divergedEpoch)
            out << *run->divergedEpoch;
        if (withPrelu)
            out << ',' << format_double(run->finalAlpha);
        out << '\n';
    }
}

} // namespace lre
