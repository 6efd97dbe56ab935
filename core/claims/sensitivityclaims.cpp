// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsreport.h"

#include "cpustate.h"
#include "sweep.h"

#include <algorithm>
#include <atomic>
#include <string>

namespace lre {

namespace {

// Fewer seeds than the Sensitivity page's default sweeps, so that the whole claims report stays
// within seconds; the same grid of learning rates.
constexpr int kClaimSeeds = 4;

constexpr const char *kCancelled = LRE_TRANSLATE_NOOP("lre::claims", "the sweep was cancelled");

SweepResult run_cancellable(const SweepSpec &spec, const std::function<bool()> &keepGoing)
{
    std::atomic<bool> cancel = keepGoing && !keepGoing();
    clear_upper_registers();
    return run_sweep(spec, [&](std::size_t, const SweepRun &) {
        clear_upper_registers(); // for the next run on this worker thread
        if (keepGoing && !keepGoing())
            cancel = true;
    }, &cancel);
}

std::vector<SweepOutcome> outcomes(const SweepResult &result)
{
    std::vector<SweepOutcome> list;
    for (const auto &run : result.runs) {
        if (run && !run->prelu) // the learned network has no place in claim 3's rule
            list.push_back({run->learningRate, run->alpha, run->relu, run->finalLoss, run->finalDead,
                            run->divergedEpoch.has_value()});
    }
    return list;
}

} // namespace

SensitivityRun run_claims_sensitivity(double alpha, const std::function<bool()> &keepGoing)
{
    SensitivityRun run;
    SweepSpec rates = default_lr_sweep(alpha);
    rates.seeds = kClaimSeeds;
    rates.base.prelu = PreluMode::Shared;
    rates.base.preluStart = PreluStart::Alpha;
    SweepSpec alphas = default_alpha_sweep(rates.base.learningRate);
    alphas.seeds = kClaimSeeds;
    alphas.values = {0.01, 0.03, 0.1, 0.2, 0.3};
    const SweepResult rateResult = run_cancellable(rates, keepGoing);
    if (rateResult.cancelled) {
        run.unavailable = kCancelled;
        return run;
    }
    const SweepResult alphaResult = run_cancellable(alphas, keepGoing);
    if (alphaResult.cancelled) {
        run.unavailable = kCancelled;
        return run;
    }
    run.measures = sensitivity_from_runs(outcomes(rateResult), outcomes(alphaResult));

    // Dying from a large learning rate: the median final dead fraction at the largest rate where
    // both networks have runs that did not diverge.
    const SweepSummary summary = summarize(rateResult);
    for (std::size_t i = std::min(summary.relu.size(), summary.leaky.size()); i-- > 0;) {
        if (summary.relu[i].medianDead && summary.leaky[i].medianDead) {
            run.highRate = summary.relu[i].value;
            run.highRateDeadRelu = *summary.relu[i].medianDead;
            run.highRateDeadLeaky = *summary.leaky[i].medianDead;
            break;
        }
    }
    // Where the learned alpha ended, at the rate where the learned network did best.
    if (const auto best = learned_alpha_point(summary.prelu)) {
        const SweepPoint &p = summary.prelu[*best];
        run.learnedAlpha = LearnedAlphaEnd{.startAlpha = prelu_start_alpha(rates.base),
                                           .learningRate = p.value,
                                           .seeds = p.runs,
                                           .finished = p.runs - p.diverged,
                                           .median = p.medianAlpha,
                                           .q1 = p.alphaQ1,
                                           .q3 = p.alphaQ3};
    }
    run.setup = SensitivitySetup{.rates = static_cast<int>(rates.values.size()),
                                 .rateMin = rates.values.front(),
                                 .rateMax = rates.values.back(),
                                 .firstSeed = rates.base.seed,
                                 .seeds = kClaimSeeds,
                                 .epochs = rates.base.epochs,
                                 .alpha = alpha,
                                 .preluStart = prelu_start_alpha(rates.base),
                                 .alphas = alphas.values,
                                 .alphaLearningRate = alphas.base.learningRate};
    return run;
}

} // namespace lre
