// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsreport.h"

#include "samples.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

namespace lre {

namespace {

std::string percent(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", 100.0 * fraction);
    return text;
}

std::string number(double value, int digits = 3)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    return text;
}

std::string spread_text(const Spread &s)
{
    return percent(s.mean) + " (" + percent(s.min) + " to " + percent(s.max) + ")";
}

std::string seeds_text(const std::vector<std::uint64_t> &seeds)
{
    if (seeds.empty())
        return "no seeds";
    bool consecutive = true;
    for (std::size_t i = 1; i < seeds.size(); ++i)
        consecutive = consecutive && seeds[i] == seeds[i - 1] + 1;
    if (consecutive && seeds.size() > 2)
        return "seeds " + std::to_string(seeds.front()) + "-" + std::to_string(seeds.back());
    std::string text = "seeds";
    for (std::size_t i = 0; i < seeds.size(); ++i)
        text += (i ? ", " : " ") + std::to_string(seeds[i]);
    return text;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::ranges::sort(values);
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

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
    "Every Leaky ReLU figure equals ReLU's (alpha = 0 makes Leaky ReLU into ReLU), so nothing can "
    "favour either.";

std::string lab_ran(const ClaimsReport &r)
{
    const LabParams &p = r.labParams.lab;
    return "The dying-ReLU lab at its defaults (" + std::to_string(p.hiddenUnits) + " units, learning rate "
        + number(p.learningRate) + ", biases starting at " + number(p.biasShift) + ", "
        + std::to_string(p.epochs) + " epochs, " + std::to_string(p.points) + " points), ReLU against Leaky "
        + "ReLU at alpha " + number(r.alpha, 6) + ", " + seeds_text(r.labParams.seeds) + ".";
}

const BornDeadCell *largest_gap_cell(const BornDeadTable &table)
{
    const BornDeadCell *best = nullptr;
    for (const BornDeadCell &c : table.cells) {
        if (!best || std::abs(c.deadRelu - c.deadLeaky) > std::abs(best->deadRelu - best->deadLeaky))
            best = &c;
    }
    return best;
}

ClaimCard dying_card(const ClaimsReport &r)
{
    ClaimCard card{.number = 1,
                   .claim = "Leaky ReLU prevents dying ReLU: its units and networks do not go dead as ReLU's do.",
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = kRuleDying,
                   .reason = {},
                   .views = {ClaimView::BornDead, ClaimView::Lab, ClaimView::Sensitivity}};
    const DyingMeasures m = dying_measures(r);
    card.verdict = dying_verdict(m);
    bool identical = true;
    if (r.bornDead) {
        const BornDeadTable &t = *r.bornDead;
        card.ran += "Born dead: " + std::to_string(t.params.trials) + " networks per cell (seed "
            + std::to_string(t.params.seed) + "), He normal weights, zero biases, widths 2-10, depths 2-50; "
            + "a network is born dead when its last hidden layer is zero at x = -1 and x = +1. ";
        if (const BornDeadCell *c = largest_gap_cell(t)) {
            card.numbers.push_back("Born dead, width " + std::to_string(c->width) + " depth "
                                   + std::to_string(c->depth) + " (the largest gap): ReLU "
                                   + percent(c->fractionRelu()) + " ± " + percent(c->standardErrorRelu())
                                   + ", Leaky ReLU " + percent(c->fractionLeaky()) + " ± "
                                   + percent(c->standardErrorLeaky()) + " (standard errors).");
        }
        int leakyDead = 0;
        for (const BornDeadCell &c : t.cells)
            leakyDead += c.deadLeaky;
        card.numbers.push_back("Leaky ReLU networks born dead over all " + std::to_string(t.cells.size())
                               + " cells: " + std::to_string(leakyDead) + " of "
                               + std::to_string(static_cast<long>(t.cells.size()) * t.params.trials) + ".");
        identical = identical && born_dead_identical(t);
    } else {
        card.numbers.push_back("Born dead: being measured.");
    }
    if (r.lab) {
        const auto &lab = *r.lab;
        card.ran += "Recovery: " + lab_ran(r) + " ";
        card.numbers.push_back("Recovery, dead units after training: ReLU "
                               + spread_text(spread_of(lab, &UnitStats::deadFraction, &LabSeedMeasure::reluEnd))
                               + ", Leaky ReLU "
                               + spread_text(spread_of(lab, &UnitStats::deadFraction, &LabSeedMeasure::leakyEnd))
                               + "; Leaky ReLU has fewer in " + std::to_string(m.seedsLeakyFewerDead) + " of "
                               + std::to_string(m.seeds) + " seeds, ReLU in " + std::to_string(m.seedsReluFewerDead) + ".");
        const Spread lossRelu = spread_of(lab, &UnitStats::loss, &LabSeedMeasure::reluEnd);
        const Spread lossLeaky = spread_of(lab, &UnitStats::loss, &LabSeedMeasure::leakyEnd);
        card.numbers.push_back("Final loss: ReLU " + number(lossRelu.mean) + " (" + number(lossRelu.min) + " to "
                               + number(lossRelu.max) + "), Leaky ReLU " + number(lossLeaky.mean) + " ("
                               + number(lossLeaky.min) + " to " + number(lossLeaky.max) + ").");
        identical = identical && lab_identical(lab);
    } else {
        card.numbers.push_back("Recovery: being measured.");
    }
    if (r.sensitivity && r.sensitivity->highRateDeadRelu) {
        card.numbers.push_back("Large learning rate (" + number(r.sensitivity->highRate) + ", the largest where both networks have runs that did not diverge), median dead units: ReLU "
                               + percent(*r.sensitivity->highRateDeadRelu) + ", Leaky ReLU "
                               + percent(r.sensitivity->highRateDeadLeaky) + ".");
        identical = identical && *r.sensitivity->highRateDeadRelu == r.sensitivity->highRateDeadLeaky;
    } else if (r.sensitivity) {
        card.numbers.push_back("Dying from a large learning rate: not measured ("
                               + (r.sensitivity->unavailable.empty() ? std::string("every run diverged")
                                                                     : r.sensitivity->unavailable) + ").");
    }
    if (card.verdict == Verdict::NotMeasured)
        card.reason = "Waiting for the first measurement.";
    else if (identical && (r.bornDead || r.lab))
        card.reason = kIdentical;
    else if (card.verdict == Verdict::Supported)
        card.reason = "Every measurement so far shows ReLU dying more than Leaky ReLU, by more than the margin.";
    else if (card.verdict == Verdict::PartlySupported)
        card.reason = "Some measurements show ReLU dying more than Leaky ReLU; the others show no difference beyond the margin.";
    else if (card.verdict == Verdict::Backwards)
        card.reason = "Leaky ReLU dies more than ReLU here.";
    else
        card.reason = "No measurement shows a difference beyond the margin.";
    return card;
}

ClaimCard gradient_card(const ClaimsReport &r)
{
    ClaimCard card{.number = 2,
                   .claim = "Leaky ReLU avoids zero gradients: its units keep a non-zero gradient for negative inputs.",
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = kRuleGradient,
                   .reason = {},
                   .views = {ClaimView::ExplorerGradients, ClaimView::Lab}};
    if (!r.lab) {
        card.numbers.push_back("Being measured.");
        card.reason = "Waiting for the lab runs.";
        return card;
    }
    const auto &lab = *r.lab;
    card.ran = lab_ran(r) + " At the initial and the final weights: each hidden unit's activation derivative at every "
        + "training input, and each unit's gradient (input weight, bias, output weight) over the batch.";
    card.numbers.push_back("Activation derivatives exactly 0, start -> end: ReLU "
                           + spread_text(spread_of(lab, &UnitStats::zeroDerivative, &LabSeedMeasure::reluStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::zeroDerivative, &LabSeedMeasure::reluEnd))
                           + "; Leaky ReLU "
                           + spread_text(spread_of(lab, &UnitStats::zeroDerivative, &LabSeedMeasure::leakyStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::zeroDerivative, &LabSeedMeasure::leakyEnd)) + ".");
    card.numbers.push_back("Units with no gradient at all in the epoch, start -> end: ReLU "
                           + spread_text(spread_of(lab, &UnitStats::noGradientUnits, &LabSeedMeasure::reluStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::noGradientUnits, &LabSeedMeasure::reluEnd))
                           + "; Leaky ReLU "
                           + spread_text(spread_of(lab, &UnitStats::noGradientUnits, &LabSeedMeasure::leakyStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::noGradientUnits, &LabSeedMeasure::leakyEnd)) + ".");
    const GradientMeasures m = gradient_measures(lab);
    card.verdict = gradient_verdict(m);
    if (lab_identical(lab))
        card.reason = kIdentical;
    else if (card.verdict == Verdict::Supported)
        card.reason = "ReLU's derivative is exactly 0 on " + percent(m.zeroDerivativeReluEnd)
            + " of unit-inputs after training; Leaky ReLU's never is: its slope alpha keeps every unit learning.";
    else if (card.verdict == Verdict::PartlySupported)
        card.reason = "Leaky ReLU has fewer zero derivatives than ReLU, but not none.";
    else if (card.verdict == Verdict::Backwards)
        card.reason = "Leaky ReLU has more zero derivatives than ReLU here.";
    else
        card.reason = "The two differ by less than the margin.";
    return card;
}

ClaimCard sensitivity_card(const ClaimsReport &r)
{
    ClaimCard card{.number = 3,
                   .claim = "Leaky ReLU is less sensitive to hyperparameters (learning rate, and its own slope alpha).",
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = kRuleSensitivity,
                   .reason = {},
                   .views = {ClaimView::Sensitivity}};
    if (!r.sensitivity) {
        card.numbers.push_back("Being measured.");
        card.reason = "Waiting for the sweeps.";
        return card;
    }
    const SensitivityRun &s = *r.sensitivity;
    card.verdict = sensitivity_verdict(s.measures);
    if (!s.measures) {
        card.ran = "Nothing: " + s.unavailable + ".";
        card.numbers.push_back("No measurement: " + s.unavailable + ".");
        card.reason = "The claim cannot be judged until the sweeps run: " + s.unavailable + ".";
        return card;
    }
    const SensitivityMeasures &m = *s.measures;
    card.ran = s.ran;
    card.numbers.push_back("Learning-rate window (median final loss within 2x of the best): ReLU "
                           + number(m.windowDecadesRelu) + " decades, Leaky ReLU " + number(m.windowDecadesLeaky) + " decades.");
    card.numbers.push_back("Diverged runs: ReLU " + std::to_string(m.divergedRelu) + " of "
                           + std::to_string(m.runsPerActivation) + ", Leaky ReLU " + std::to_string(m.divergedLeaky)
                           + " of " + std::to_string(m.runsPerActivation) + ".");
    card.numbers.push_back("Median final loss over alpha in [0.01, 0.3]: largest / smallest = " + number(m.alphaLossRatio) + ".");
    if (s.learnedAlpha) {
        const LearnedAlphaEnd &a = *s.learnedAlpha;
        card.numbers.push_back("Learned alpha (PReLU, one alpha shared by the units, starting at " + number(a.startAlpha)
                               + "): at learning rate " + number(a.learningRate)
                               + ", its lowest median final loss where at least half the seeds did not diverge, it ended at median " + number(a.median)
                               + " (quartiles " + number(a.q1) + " to " + number(a.q3) + ") over "
                               + std::to_string(a.finished) + " of " + std::to_string(a.seeds) + " seeds.");
    }
    if (m.windowDecadesLeaky == m.windowDecadesRelu && m.divergedLeaky == m.divergedRelu)
        card.reason = r.alpha == 0.0 ? std::string(kIdentical)
                                     : std::string("The learning-rate sweep shows no difference between the two networks.");
    else if (card.verdict == Verdict::Supported)
        card.reason = "Leaky ReLU trains well over a wider range of learning rates, and its slope matters little.";
    else if (card.verdict == Verdict::PartlySupported) {
        const double wider = m.windowDecadesLeaky - m.windowDecadesRelu;
        card.reason = std::string("Leaky ReLU is more forgiving in one respect only: ")
            + (wider >= kWindowMargin ? "its learning-rate window is " + number(wider) + " decades wider"
                                      : std::string("it diverges less often"))
            + (m.alphaLossRatio > kAlphaRatioStable
                   ? ", but its own slope matters: the median final loss moves " + number(m.alphaLossRatio)
                         + "x over alpha in [0.01, 0.3]."
                   : ", but it is worse in the other (window or diverged runs).");
    }
    else if (card.verdict == Verdict::Backwards)
        card.reason = "ReLU is the more forgiving network here.";
    else
        card.reason = "The two differ by less than the margin.";
    return card;
}

ClaimCard sparsity_card(const ClaimsReport &r)
{
    ClaimCard card{.number = 4,
                   .claim = "Leaky ReLU gives sparse activations by letting negative values through.",
                   .ran = {},
                   .numbers = {},
                   .verdict = Verdict::NotMeasured,
                   .rule = kRuleSparsity,
                   .reason = {},
                   .views = {ClaimView::Lab}};
    if (!r.lab) {
        card.numbers.push_back("Being measured.");
        card.reason = "Waiting for the lab runs.";
        return card;
    }
    const auto &lab = *r.lab;
    card.ran = lab_ran(r) + " Every hidden activation at every training input, at the initial and the final weights.";
    card.numbers.push_back("Activations exactly 0, start -> end: ReLU "
                           + spread_text(spread_of(lab, &UnitStats::zeroActivation, &LabSeedMeasure::reluStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::zeroActivation, &LabSeedMeasure::reluEnd))
                           + "; Leaky ReLU "
                           + spread_text(spread_of(lab, &UnitStats::zeroActivation, &LabSeedMeasure::leakyStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::zeroActivation, &LabSeedMeasure::leakyEnd)) + ".");
    card.numbers.push_back("Within 1% of the layer's largest magnitude, start -> end: ReLU "
                           + spread_text(spread_of(lab, &UnitStats::nearZeroActivation, &LabSeedMeasure::reluStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::nearZeroActivation, &LabSeedMeasure::reluEnd))
                           + "; Leaky ReLU "
                           + spread_text(spread_of(lab, &UnitStats::nearZeroActivation, &LabSeedMeasure::leakyStart)) + " -> "
                           + spread_text(spread_of(lab, &UnitStats::nearZeroActivation, &LabSeedMeasure::leakyEnd)) + ".");
    const SparsityMeasures m = sparsity_measures(lab);
    card.verdict = sparsity_verdict(m);
    if (lab_identical(lab))
        card.reason = kIdentical;
    else if (card.verdict == Verdict::Backwards)
        card.reason = "ReLU is the sparse one: " + percent(m.zeroReluEnd) + " of its activations are exactly 0 after training, Leaky ReLU's "
            + percent(m.zeroLeakyEnd) + ". Letting negative values through removes the zeros; it does not make them.";
    else if (card.verdict == Verdict::PartlySupported)
        card.reason = "ReLU has more exact zeros, but Leaky ReLU is nearly as sparse counting values near 0.";
    else if (card.verdict == Verdict::Supported)
        card.reason = "Leaky ReLU has more exact zeros than ReLU here.";
    else
        card.reason = "The two differ by less than the margin.";
    return card;
}

std::string json_string(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string json_number(double value)
{
    return std::isfinite(value) ? format_double(value) : "null";
}

const char *view_key(ClaimView view)
{
    switch (view) {
    case ClaimView::BornDead: return "born_dead";
    case ClaimView::Lab: return "lab";
    case ClaimView::ExplorerGradients: return "explorer_gradients";
    case ClaimView::Sensitivity: return "sensitivity";
    }
    return "";
}

const char *outcome_key(LabOutcome outcome)
{
    switch (outcome) {
    case LabOutcome::Finished: return "finished";
    case LabOutcome::Cancelled: return "cancelled";
    case LabOutcome::Diverged: return "diverged";
    }
    return "";
}

void write_stats_json(std::ostream &out, const UnitStats &s)
{
    out << "{\"loss\": " << json_number(s.loss) << ", \"dead_fraction\": " << json_number(s.deadFraction)
        << ", \"zero_derivative\": " << json_number(s.zeroDerivative)
        << ", \"no_gradient_units\": " << json_number(s.noGradientUnits)
        << ", \"zero_activation\": " << json_number(s.zeroActivation)
        << ", \"near_zero_activation\": " << json_number(s.nearZeroActivation) << "}";
}

} // namespace

SensitivityMeasures sensitivity_from_runs(const std::vector<SweepOutcome> &rateRuns,
                                          const std::vector<SweepOutcome> &alphaRuns)
{
    SensitivityMeasures m;
    const double inf = std::numeric_limits<double>::infinity();
    auto window = [&](bool relu) {
        std::map<double, std::vector<double>> byRate;
        for (const SweepOutcome &o : rateRuns) {
            if (o.relu == relu)
                byRate[o.learningRate].push_back(o.diverged ? inf : o.finalLoss);
        }
        std::vector<std::pair<double, double>> medians; // rate, median loss, by rate
        for (auto &[rate, losses] : byRate)
            medians.emplace_back(rate, median(losses));
        if (medians.empty())
            return 0.0;
        const auto best = std::ranges::min_element(medians, {}, &std::pair<double, double>::second);
        if (!std::isfinite(best->second))
            return 0.0;
        auto low = best;
        auto high = best;
        while (low != medians.begin() && std::prev(low)->second <= 2.0 * best->second)
            --low;
        while (std::next(high) != medians.end() && std::next(high)->second <= 2.0 * best->second)
            ++high;
        return std::log10(high->first / low->first);
    };
    m.windowDecadesRelu = window(true);
    m.windowDecadesLeaky = window(false);
    for (const SweepOutcome &o : rateRuns) {
        (o.relu ? m.divergedRelu : m.divergedLeaky) += o.diverged ? 1 : 0;
        m.runsPerActivation += o.relu ? 1 : 0;
    }
    std::map<double, std::vector<double>> byAlpha;
    for (const SweepOutcome &o : alphaRuns) {
        if (!o.relu && o.alpha >= 0.01 && o.alpha <= 0.3)
            byAlpha[o.alpha].push_back(o.diverged ? inf : o.finalLoss);
    }
    double smallest = inf;
    double largest = 0.0;
    for (auto &[alpha, losses] : byAlpha) {
        const double med = median(losses);
        smallest = std::min(smallest, med);
        largest = std::max(largest, med);
    }
    m.alphaLossRatio = byAlpha.empty() || smallest <= 0.0 ? 1.0 : largest / smallest;
    return m;
}

DyingMeasures dying_measures(const ClaimsReport &report)
{
    DyingMeasures m;
    if (report.bornDead && !report.bornDead->cells.empty()) {
        if (const BornDeadCell *c = largest_gap_cell(*report.bornDead)) {
            m.bornDeadGap = c->fractionRelu() - c->fractionLeaky();
            m.bornDeadGapError = std::hypot(c->standardErrorRelu(), c->standardErrorLeaky());
        }
    }
    if (report.lab && !report.lab->empty()) {
        const auto &lab = *report.lab;
        m.recoveryDeadRelu = spread_of(lab, &UnitStats::deadFraction, &LabSeedMeasure::reluEnd).mean;
        m.recoveryDeadLeaky = spread_of(lab, &UnitStats::deadFraction, &LabSeedMeasure::leakyEnd).mean;
        m.seeds = static_cast<int>(lab.size());
        for (const LabSeedMeasure &s : lab) {
            m.seedsLeakyFewerDead += s.leakyEnd.deadFraction < s.reluEnd.deadFraction ? 1 : 0;
            m.seedsReluFewerDead += s.reluEnd.deadFraction < s.leakyEnd.deadFraction ? 1 : 0;
        }
    }
    if (report.sensitivity && report.sensitivity->highRateDeadRelu) {
        m.highRateDeadRelu = report.sensitivity->highRateDeadRelu;
        m.highRateDeadLeaky = report.sensitivity->highRateDeadLeaky;
    }
    return m;
}

GradientMeasures gradient_measures(const std::vector<LabSeedMeasure> &lab)
{
    GradientMeasures m;
    m.zeroDerivativeReluEnd = spread_of(lab, &UnitStats::zeroDerivative, &LabSeedMeasure::reluEnd).mean;
    m.zeroDerivativeLeakyEnd = spread_of(lab, &UnitStats::zeroDerivative, &LabSeedMeasure::leakyEnd).mean;
    for (const LabSeedMeasure &s : lab) {
        m.zeroDerivativeLeakyMax = std::max({m.zeroDerivativeLeakyMax, s.leakyStart.zeroDerivative, s.leakyEnd.zeroDerivative});
        m.noGradientLeakyMax = std::max({m.noGradientLeakyMax, s.leakyStart.noGradientUnits, s.leakyEnd.noGradientUnits});
    }
    return m;
}

SparsityMeasures sparsity_measures(const std::vector<LabSeedMeasure> &lab)
{
    return {spread_of(lab, &UnitStats::zeroActivation, &LabSeedMeasure::reluEnd).mean,
            spread_of(lab, &UnitStats::zeroActivation, &LabSeedMeasure::leakyEnd).mean,
            spread_of(lab, &UnitStats::nearZeroActivation, &LabSeedMeasure::leakyEnd).mean};
}

std::array<ClaimCard, 4> claim_cards(const ClaimsReport &report)
{
    return {dying_card(report), gradient_card(report), sensitivity_card(report), sparsity_card(report)};
}

ClaimsReport run_claims_report(double alpha, std::string appVersion, int bornDeadTrials,
                               const std::function<bool()> &keepGoing,
                               const std::function<void(ClaimsStage, const ClaimsReport &)> &onStage)
{
    ClaimsReport report;
    report.appVersion = std::move(appVersion);
    report.alpha = alpha;
    report.labParams.lab.alpha = alpha;
    BornDeadParams bornDead;
    bornDead.alpha = alpha;
    bornDead.trials = bornDeadTrials;
    report.bornDead = run_born_dead(bornDead, keepGoing);
    if (onStage)
        onStage(ClaimsStage::BornDead, report);
    if (keepGoing && !keepGoing())
        return report;
    report.lab = measure_lab_seeds(report.labParams, keepGoing);
    if (onStage)
        onStage(ClaimsStage::Lab, report);
    if (keepGoing && !keepGoing())
        return report;
    report.sensitivity = run_claims_sensitivity(alpha, keepGoing);
    if (onStage)
        onStage(ClaimsStage::Sensitivity, report);
    return report;
}

void write_claims_markdown(std::ostream &out, const ClaimsReport &report)
{
    out << "# Leaky ReLU: the tutorial's four claims, tested\n\n";
    out << "Leaky ReLU Explorer " << report.appVersion << ", alpha = " << format_double(report.alpha)
        << ". Every number below is measured by the app; every verdict comes from the rule under it.\n\n";
    for (const ClaimCard &card : claim_cards(report)) {
        out << "## Claim " << card.number << ": " << card.claim << "\n\n";
        out << "**Verdict: " << verdict_text(card.verdict) << ".** " << card.reason << "\n\n";
        out << "What ran: " << card.ran << "\n\n";
        for (const std::string &line : card.numbers)
            out << "- " << line << "\n";
        out << "\n*Rule:* " << card.rule << "\n\n";
    }
    if (report.bornDead) {
        const BornDeadTable &t = *report.bornDead;
        out << "## Born dead: fraction of networks constant on [-1, 1] at initialization\n\n";
        out << t.params.trials << " networks per cell, seed " << t.params.seed
            << "; ReLU / Leaky ReLU (alpha " << format_double(t.params.alpha) << "), ± one standard error.\n\n";
        out << "| width | depth | ReLU | Leaky ReLU |\n|---|---|---|---|\n";
        for (const BornDeadCell &c : t.cells) {
            out << "| " << c.width << " | " << c.depth << " | " << percent(c.fractionRelu()) << " ± "
                << percent(c.standardErrorRelu()) << " | " << percent(c.fractionLeaky()) << " ± "
                << percent(c.standardErrorLeaky()) << " |\n";
        }
        out << "\n";
    }
}

void write_claims_json(std::ostream &out, const ClaimsReport &report)
{
    out << "{\n  \"format\": " << json_string(kClaimsJsonFormat) << ",\n  \"version\": " << kClaimsJsonVersion
        << ",\n  \"app_version\": " << json_string(report.appVersion) << ",\n  \"alpha\": "
        << json_number(report.alpha) << ",\n";
    out << "  \"claims\": [\n";
    const auto cards = claim_cards(report);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const ClaimCard &c = cards[i];
        out << "    {\"number\": " << c.number << ", \"claim\": " << json_string(c.claim)
            << ", \"verdict\": " << json_string(verdict_text(c.verdict)) << ",\n     \"reason\": "
            << json_string(c.reason) << ",\n     \"rule\": " << json_string(c.rule) << ",\n     \"ran\": "
            << json_string(c.ran) << ",\n     \"numbers\": [";
        for (std::size_t k = 0; k < c.numbers.size(); ++k)
            out << (k ? ", " : "") << json_string(c.numbers[k]);
        out << "],\n     \"views\": [";
        for (std::size_t k = 0; k < c.views.size(); ++k)
            out << (k ? ", " : "") << json_string(view_key(c.views[k]));
        out << "]}" << (i + 1 < cards.size() ? "," : "") << "\n";
    }
    out << "  ],\n  \"born_dead\": ";
    if (report.bornDead) {
        const BornDeadTable &t = *report.bornDead;
        out << "{\"seed\": " << t.params.seed << ", \"trials\": " << t.params.trials << ", \"alpha\": "
            << json_number(t.params.alpha) << ", \"complete\": " << (t.complete ? "true" : "false")
            << ", \"cells\": [\n";
        for (std::size_t i = 0; i < t.cells.size(); ++i) {
            const BornDeadCell &c = t.cells[i];
            out << "    {\"width\": " << c.width << ", \"depth\": " << c.depth << ", \"trials\": " << c.trials
                << ", \"dead_relu\": " << c.deadRelu << ", \"dead_leaky\": " << c.deadLeaky
                << ", \"fraction_relu\": " << json_number(c.fractionRelu())
                << ", \"standard_error_relu\": " << json_number(c.standardErrorRelu())
                << ", \"fraction_leaky\": " << json_number(c.fractionLeaky())
                << ", \"standard_error_leaky\": " << json_number(c.standardErrorLeaky())
                << ", \"dead_relu_half_line\": " << c.deadReluHalfLine << "}"
                << (i + 1 < t.cells.size() ? "," : "") << "\n";
        }
        out << "  ]}";
    } else {
        out << "null";
    }
    out << ",\n  \"lab\": ";
    if (report.lab) {
        const LabParams &p = report.labParams.lab;
        out << "{\"params\": {\"alpha\": " << json_number(p.alpha) << ", \"hidden_units\": " << p.hiddenUnits
            << ", \"learning_rate\": " << json_number(p.learningRate) << ", \"bias_shift\": "
            << json_number(p.biasShift) << ", \"epochs\": " << p.epochs << ", \"points\": " << p.points
            << ", \"noise\": " << json_number(p.noise) << "},\n   \"seeds\": [\n";
        const auto &lab = *report.lab;
        for (std::size_t i = 0; i < lab.size(); ++i) {
            const LabSeedMeasure &s = lab[i];
            out << "    {\"seed\": " << s.seed << ", \"outcome\": " << json_string(outcome_key(s.outcome))
                << ",\n     \"relu_start\": ";
            write_stats_json(out, s.reluStart);
            out << ",\n     \"relu_end\": ";
            write_stats_json(out, s.reluEnd);
            out << ",\n     \"leaky_start\": ";
            write_stats_json(out, s.leakyStart);
            out << ",\n     \"leaky_end\": ";
            write_stats_json(out, s.leakyEnd);
            out << "}" << (i + 1 < lab.size() ? "," : "") << "\n";
        }
        out << "  ]}";
    } else {
        out << "null";
    }
    out << ",\n  \"sensitivity\": ";
    if (report.sensitivity && report.sensitivity->measures) {
        const SensitivityMeasures &m = *report.sensitivity->measures;
        out << "{\"window_decades_relu\": " << json_number(m.windowDecadesRelu)
            << ", \"window_decades_leaky\": " << json_number(m.windowDecadesLeaky)
            << ", \"diverged_relu\": " << m.divergedRelu << ", \"diverged_leaky\": " << m.divergedLeaky
            << ", \"runs_per_activation\": " << m.runsPerActivation
            << ", \"alpha_loss_ratio\": " << json_number(m.alphaLossRatio);
        if (const auto &a = report.sensitivity->learnedAlpha)
            out << ", \"learned_alpha\": {\"mode\": \"shared\", \"start\": " << json_number(a->startAlpha)
                << ", \"learning_rate\": " << json_number(a->learningRate) << ", \"seeds\": " << a->seeds
                << ", \"finished\": " << a->finished << ", \"median\": " << json_number(a->median)
                << ", \"q1\": " << json_number(a->q1) << ", \"q3\": " << json_number(a->q3) << "}";
        out << "}";
    } else if (report.sensitivity) {
        out << "{\"unavailable\": " << json_string(report.sensitivity->unavailable) << "}";
    } else {
        out << "null";
    }
    out << "\n}\n";
}

} // namespace lre
