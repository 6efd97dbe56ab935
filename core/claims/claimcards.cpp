// SPDX-License-Identifier: GPL-3.0-or-later
// The four cards' text: every sentence one template through ClaimsWording (claimswording.h).
#include "claimsreport.h"

#include "cardtext.h"

#include <algorithm>

namespace lre {

namespace {

bool born_dead_identical(const BornDeadTable &table)
{
    return std::ranges::all_of(table.cells, [](const BornDeadCell &c) { return c.deadRelu == c.deadLeaky; });
}

bool stats_identical(const UnitStats &a, const UnitStats &b)
{
    return a.loss == b.loss && a.deadFraction == b.deadFraction && a.zeroDerivative == b.zeroDerivative
        && a.noGradientUnits == b.noGradientUnits && a.zeroActivation == b.zeroActivation
        && a.nearZeroActivation == b.nearZeroActivation;
}

bool lab_identical(const std::vector<LabSeedMeasure> &lab)
{
    return std::ranges::all_of(lab, [](const LabSeedMeasure &m) {
        return stats_identical(m.reluStart, m.leakyStart) && stats_identical(m.reluEnd, m.leakyEnd);
    });
}

constexpr const char *kIdentical =
    LRE_TRANSLATE_NOOP("lre::claims",
                       "Every Leaky ReLU figure equals ReLU's (alpha = 0 makes Leaky ReLU into ReLU), so nothing can "
                       "favour either.");
constexpr const char *kNoMargin = LRE_TRANSLATE_NOOP("lre::claims", "The two differ by less than the margin.");
constexpr const char *kBeingMeasured = LRE_TRANSLATE_NOOP("lre::claims", "Being measured.");
constexpr const char *kWaitingForLab = LRE_TRANSLATE_NOOP("lre::claims", "Waiting for the lab runs.");

ClaimCard dying_card(const ClaimsReport &r, const CardText &w)
{
    ClaimCard card{.number = 1,
                   .claim = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                     "Leaky ReLU prevents dying ReLU: its units and networks do not "
                                                     "go dead as ReLU's do.")),
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = w.text(kRuleDying),
                   .reason = {},
                   .views = {ClaimView::BornDead, ClaimView::Lab, ClaimView::Sensitivity}};
    const DyingMeasures m = dying_measures(r);
    card.verdict = dying_verdict(m);
    bool identical = true;
    if (r.bornDead) {
        const BornDeadTable &t = *r.bornDead;
        card.ran += w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                             "Born dead: %1 networks per cell (seed %2), He normal weights, zero "
                                             "biases, widths 2-10, depths 2-50; a network is born dead when its last "
                                             "hidden layer is zero at x = -1 and x = +1."),
                          {std::to_string(t.params.trials), std::to_string(t.params.seed)})
            + " ";
        if (const BornDeadCell *c = largest_gap_cell(t)) {
            card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                            "Born dead, width %1 depth %2 (the largest gap): ReLU %3 "
                                                            "± %4, Leaky ReLU %5 ± %6 (standard errors)."),
                                         {std::to_string(c->width), std::to_string(c->depth),
                                          w.percent(c->fractionRelu()), w.percent(c->standardErrorRelu()),
                                          w.percent(c->fractionLeaky()), w.percent(c->standardErrorLeaky())}));
        }
        int leakyDead = 0;
        for (const BornDeadCell &c : t.cells)
            leakyDead += c.deadLeaky;
        card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                        "Leaky ReLU networks born dead over all %1 cells: %2 of %3."),
                                     {std::to_string(t.cells.size()), std::to_string(leakyDead),
                                      std::to_string(static_cast<long>(t.cells.size()) * t.params.trials)}));
        identical = identical && born_dead_identical(t);
    } else {
        card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims", "Born dead: being measured.")));
    }
    if (r.lab) {
        const auto &lab = *r.lab;
        card.ran += w.say(LRE_TRANSLATE_NOOP("lre::claims", "Recovery: %1"), {w.labRan(r)}) + " ";
        card.numbers.push_back(
            w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                     "Recovery, dead units after training: ReLU %1, Leaky ReLU %2; Leaky ReLU has "
                                     "fewer in %3 of %4 seeds, ReLU in %5."),
                  {w.spread(spread_of(lab, &UnitStats::deadFraction, &LabSeedMeasure::reluEnd)),
                   w.spread(spread_of(lab, &UnitStats::deadFraction, &LabSeedMeasure::leakyEnd)),
                   std::to_string(m.seedsLeakyFewerDead), std::to_string(m.seeds), std::to_string(m.seedsReluFewerDead)}));
        const Spread lossRelu = spread_of(lab, &UnitStats::loss, &LabSeedMeasure::reluEnd);
        const Spread lossLeaky = spread_of(lab, &UnitStats::loss, &LabSeedMeasure::leakyEnd);
        card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                        "Final loss: ReLU %1 (%2 to %3), Leaky ReLU %4 (%5 to %6)."),
                                     {w.number(lossRelu.mean), w.number(lossRelu.min), w.number(lossRelu.max),
                                      w.number(lossLeaky.mean), w.number(lossLeaky.min), w.number(lossLeaky.max)}));
        identical = identical && lab_identical(lab);
    } else {
        card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims", "Recovery: being measured.")));
    }
    if (r.sensitivity && r.sensitivity->highRateDeadRelu) {
        card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                        "Large learning rate (%1, the largest where both networks "
                                                        "have runs that did not diverge), median dead units: ReLU "
                                                        "%2, Leaky ReLU %3."),
                                     {w.number(r.sensitivity->highRate), w.percent(*r.sensitivity->highRateDeadRelu),
                                      w.percent(r.sensitivity->highRateDeadLeaky)}));
        identical = identical && *r.sensitivity->highRateDeadRelu == r.sensitivity->highRateDeadLeaky;
    } else if (r.sensitivity) {
        const std::string why = r.sensitivity->unavailable.empty() ? w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                                                              "every run diverged"))
                                                                   : w.say(r.sensitivity->unavailable.c_str());
        card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                        "Dying from a large learning rate: not measured (%1)."), {why}));
    }
    if (card.verdict == Verdict::NotMeasured)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "Waiting for the first measurement."));
    else if (identical && (r.bornDead || r.lab))
        card.reason = w.say(kIdentical);
    else if (card.verdict == Verdict::Supported)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                               "Every measurement so far shows ReLU dying more than Leaky ReLU, by "
                                               "more than the margin."));
    else if (card.verdict == Verdict::PartlySupported)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                               "Some measurements show ReLU dying more than Leaky ReLU; the others "
                                               "show no difference beyond the margin."));
    else if (card.verdict == Verdict::Backwards)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "Leaky ReLU dies more than ReLU here."));
    else
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "No measurement shows a difference beyond the margin."));
    return card;
}

ClaimCard gradient_card(const ClaimsReport &r, const CardText &w)
{
    ClaimCard card{.number = 2,
                   .claim = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                     "Leaky ReLU avoids zero gradients: its units keep a non-zero "
                                                     "gradient for negative inputs.")),
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = w.text(kRuleGradient),
                   .reason = {},
                   .views = {ClaimView::ExplorerGradients, ClaimView::Lab}};
    if (!r.lab) {
        card.numbers.push_back(w.say(kBeingMeasured));
        card.reason = w.say(kWaitingForLab);
        return card;
    }
    const auto &lab = *r.lab;
    card.ran = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                        "%1 At the initial and the final weights: each hidden unit's activation "
                                        "derivative at every training input, and each unit's gradient (input weight, "
                                        "bias, output weight) over the batch."),
                     {w.labRan(r)});
    card.numbers.push_back(w.startEnd(LRE_TRANSLATE_NOOP("lre::claims",
                                                         "Activation derivatives exactly 0, start -> end: ReLU %1 -> "
                                                         "%2; Leaky ReLU %3 -> %4."),
                                      lab, &UnitStats::zeroDerivative));
    card.numbers.push_back(w.startEnd(LRE_TRANSLATE_NOOP("lre::claims",
                                                         "Units with no gradient at all in the epoch, start -> end: "
                                                         "ReLU %1 -> %2; Leaky ReLU %3 -> %4."),
                                      lab, &UnitStats::noGradientUnits));
    const GradientMeasures m = gradient_measures(lab);
    card.verdict = gradient_verdict(m);
    if (lab_identical(lab))
        card.reason = w.say(kIdentical);
    else if (card.verdict == Verdict::Supported)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                               "ReLU's derivative is exactly 0 on %1 of unit-inputs after training; "
                                               "Leaky ReLU's never is: its slope alpha keeps every unit learning."),
                            {w.percent(m.zeroDerivativeReluEnd)});
    else if (card.verdict == Verdict::PartlySupported)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                               "Leaky ReLU has fewer zero derivatives than ReLU, but not none."));
    else if (card.verdict == Verdict::Backwards)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "Leaky ReLU has more zero derivatives than ReLU here."));
    else
        card.reason = w.say(kNoMargin);
    return card;
}

std::string sensitivity_ran(const CardText &w, const SensitivitySetup &s)
{
    std::vector<std::string> alphas;
    for (const double alpha : s.alphas)
        alphas.push_back(w.number(alpha, 6));
    return w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                    "Learning-rate sweep: %1 rates from %2 to %3 (log-spaced), seeds %4-%5, He "
                                    "initialization, %6 epochs, ReLU against Leaky ReLU at alpha %7, and beside them "
                                    "a network that learns one alpha shared by its units (PReLU), starting at %8."),
                 {std::to_string(s.rates), w.number(s.rateMin, 6), w.number(s.rateMax, 6),
                  std::to_string(s.firstSeed), std::to_string(s.firstSeed + s.seeds - 1), std::to_string(s.epochs),
                  w.number(s.alpha, 6), w.number(s.preluStart, 6)})
        + " "
        + w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                   "Alpha sweep: Leaky ReLU at alpha %1, learning rate %2, the same seeds."),
                {w.list(alphas), w.number(s.alphaLearningRate, 6)});
}

// Leaky ReLU better in one respect only: which one, and why not in the other.
std::string partly_forgiving(const CardText &w, const SensitivityMeasures &m)
{
    const double wider = m.windowDecadesLeaky - m.windowDecadesRelu;
    const bool slopeMatters = m.alphaLossRatio > kAlphaRatioStable;
    if (wider >= kWindowMargin) {
        return slopeMatters
            ? w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                       "Leaky ReLU is more forgiving in one respect only: its learning-rate window "
                                       "is %1 decades wider, but its own slope matters: the median final loss moves "
                                       "%2x over alpha in [0.01, 0.3]."),
                    {w.number(wider), w.number(m.alphaLossRatio)})
            : w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                       "Leaky ReLU is more forgiving in one respect only: its learning-rate window "
                                       "is %1 decades wider, but it is worse in the other (window or diverged runs)."),
                    {w.number(wider)});
    }
    return slopeMatters
        ? w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                   "Leaky ReLU is more forgiving in one respect only: it diverges less often, but "
                                   "its own slope matters: the median final loss moves %1x over alpha in [0.01, 0.3]."),
                {w.number(m.alphaLossRatio)})
        : w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                   "Leaky ReLU is more forgiving in one respect only: it diverges less often, but it "
                                   "is worse in the other (window or diverged runs)."));
}

ClaimCard sensitivity_card(const ClaimsReport &r, const CardText &w)
{
    ClaimCard card{.number = 3,
                   .claim = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                     "Leaky ReLU is less sensitive to hyperparameters (learning "
                                                     "rate, and its own slope alpha).")),
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = w.text(kRuleSensitivity),
                   .reason = {},
                   .views = {ClaimView::Sensitivity}};
    if (!r.sensitivity) {
        card.numbers.push_back(w.say(kBeingMeasured));
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "Waiting for the sweeps."));
        return card;
    }
    const SensitivityRun &s = *r.sensitivity;
    card.verdict = sensitivity_verdict(s.measures);
    if (!s.measures) {
        const std::string why = w.say(s.unavailable.c_str());
        card.ran = w.say(LRE_TRANSLATE_NOOP("lre::claims", "Nothing: %1."), {why});
        card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims", "No measurement: %1."), {why}));
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "The claim cannot be judged until the sweeps run: %1."), {why});
        return card;
    }
    const SensitivityMeasures &m = *s.measures;
    card.ran = sensitivity_ran(w, s.setup);
    card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                    "Learning-rate window (median final loss within 2x of the best): "
                                                    "ReLU %1 decades, Leaky ReLU %2 decades."),
                                 {w.number(m.windowDecadesRelu), w.number(m.windowDecadesLeaky)}));
    card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                    "Diverged runs: ReLU %1 of %3, Leaky ReLU %2 of %3."),
                                 {std::to_string(m.divergedRelu), std::to_string(m.divergedLeaky),
                                  std::to_string(m.runsPerActivation)}));
    card.numbers.push_back(w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                    "Median final loss over alpha in [0.01, 0.3]: largest / smallest "
                                                    "= %1."),
                                 {w.number(m.alphaLossRatio)}));
    if (s.learnedAlpha) {
        const LearnedAlphaEnd &a = *s.learnedAlpha;
        card.numbers.push_back(
            w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                     "Learned alpha (PReLU, one alpha shared by the units, starting at %1): at "
                                     "learning rate %2, its lowest median final loss where at least half the seeds "
                                     "did not diverge, it ended at median %3 (quartiles %4 to %5) over %6 of %7 "
                                     "seeds."),
                  {w.number(a.startAlpha), w.number(a.learningRate), w.number(a.median), w.number(a.q1),
                   w.number(a.q3), std::to_string(a.finished), std::to_string(a.seeds)}));
    }
    if (m.windowDecadesLeaky == m.windowDecadesRelu && m.divergedLeaky == m.divergedRelu)
        card.reason = r.alpha == 0.0 ? w.say(kIdentical)
                                     : w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                                "The learning-rate sweep shows no difference between "
                                                                "the two networks."));
    else if (card.verdict == Verdict::Supported)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                               "Leaky ReLU trains well over a wider range of learning rates, and its "
                                               "slope matters little."));
    else if (card.verdict == Verdict::PartlySupported)
        card.reason = partly_forgiving(w, m);
    else if (card.verdict == Verdict::Backwards)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "ReLU is the more forgiving network here."));
    else
        card.reason = w.say(kNoMargin);
    return card;
}

ClaimCard sparsity_card(const ClaimsReport &r, const CardText &w)
{
    ClaimCard card{.number = 4,
                   .claim = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                                     "Leaky ReLU gives sparse activations by letting negative values "
                                                     "through.")),
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = w.text(kRuleSparsity),
                   .reason = {},
                   .views = {ClaimView::Lab}};
    if (!r.lab) {
        card.numbers.push_back(w.say(kBeingMeasured));
        card.reason = w.say(kWaitingForLab);
        return card;
    }
    const auto &lab = *r.lab;
    card.ran = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                        "%1 Every hidden activation at every training input, at the initial and the "
                                        "final weights."),
                     {w.labRan(r)});
    card.numbers.push_back(w.startEnd(LRE_TRANSLATE_NOOP("lre::claims",
                                                         "Activations exactly 0, start -> end: ReLU %1 -> %2; Leaky "
                                                         "ReLU %3 -> %4."),
                                      lab, &UnitStats::zeroActivation));
    card.numbers.push_back(w.startEnd(LRE_TRANSLATE_NOOP("lre::claims",
                                                         "Within 1% of the layer's largest magnitude, start -> end: "
                                                         "ReLU %1 -> %2; Leaky ReLU %3 -> %4."),
                                      lab, &UnitStats::nearZeroActivation));
    const SparsityMeasures m = sparsity_measures(lab);
    card.verdict = sparsity_verdict(m);
    if (lab_identical(lab))
        card.reason = w.say(kIdentical);
    else if (card.verdict == Verdict::Backwards)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                               "ReLU is the sparse one: %1 of its activations are exactly 0 after "
                                               "training, Leaky ReLU's %2. Letting negative values through removes "
                                               "the zeros; it does not make them."),
                            {w.percent(m.zeroReluEnd), w.percent(m.zeroLeakyEnd)});
    else if (card.verdict == Verdict::PartlySupported)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims",
                                               "ReLU has more exact zeros, but Leaky ReLU is nearly as sparse "
                                               "counting values near 0."));
    else if (card.verdict == Verdict::Supported)
        card.reason = w.say(LRE_TRANSLATE_NOOP("lre::claims", "Leaky ReLU has more exact zeros than ReLU here."));
    else
        card.reason = w.say(kNoMargin);
    return card;
}

} // namespace

std::array<ClaimCard, 4> claim_cards(const ClaimsReport &report, const ClaimsWording &wording)
{
    const CardText w(wording);
    return {dying_card(report, w), gradient_card(report, w), sensitivity_card(report, w), sparsity_card(report, w)};
}

} // namespace lre
