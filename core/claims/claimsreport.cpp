// SPDX-License-Identifier: GPL-3.0-or-later
// The claims' measurements from the runs, and the whole report run stage by stage.
#include "claimsreport.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace lre {

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::ranges::sort(values);
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

} // namespace

const BornDeadCell *largest_gap_cell(const BornDeadTable &table)
{
    const BornDeadCell *best = nullptr;
    for (const BornDeadCell &c : table.cells) {
        if (!best || std::abs(c.deadRelu - c.deadLeaky) > std::abs(best->deadRelu - best->deadLeaky))
            best = &c;
    }
    return best;
}

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

} // namespace lre
