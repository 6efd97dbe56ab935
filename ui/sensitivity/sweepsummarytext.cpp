// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepsummarytext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lre::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lre::ui::SensitivityPage", text);
}

QString loss_text(double loss)
{
    return QString::number(loss, 'g', 3);
}

int diverged_of(const std::vector<SweepPoint> &points, int &runs)
{
    int diverged = 0;
    runs = 0;
    for (const SweepPoint &p : points) {
        diverged += p.diverged;
        runs += p.runs;
    }
    return diverged;
}

QString window_text(const LrWindow &window)
{
    return tr("%1 to %2 (%3 decades)")
        .arg(sweep_value_text(window.low), sweep_value_text(window.high),
             QString::number(window.decades, 'f', 2));
}

QString rate_summary(const SweepResult &result, const SweepSummary &summary)
{
    const double alpha = result.spec.base.alpha;
    const LrWindow relu = lr_window(summary.relu);
    const LrWindow leaky = lr_window(summary.leaky);
    QString verdict;
    switch (compare_windows(relu, leaky, alpha)) {
    case SensitivityVerdict::AlphaIsZero:
        return tr("α = 0: Leaky ReLU is ReLU, so both networks are the same runs and nothing can "
                  "differ.");
    case SensitivityVerdict::NotEnoughData:
        return tr("Too few runs trained without diverging to compare the two networks.");
    case SensitivityVerdict::LeakyLessSensitive:
        verdict = tr("Leaky ReLU is less sensitive to the learning rate here (its window is wider by "
                     "%1 decades or more).");
        break;
    case SensitivityVerdict::LeakyMoreSensitive:
        verdict = tr("Leaky ReLU is more sensitive to the learning rate here (its window is narrower "
                     "by %1 decades or more).");
        break;
    case SensitivityVerdict::NoClearDifference:
        verdict = tr("No clear difference: the two windows differ by less than %1 decades.");
        break;
    }
    verdict = verdict.arg(kWindowMarginDecades);
    int reluRuns = 0;
    int leakyRuns = 0;
    const int reluDiverged = diverged_of(summary.relu, reluRuns);
    const int leakyDiverged = diverged_of(summary.leaky, leakyRuns);
    return tr("Median final loss within 2× of its best: ReLU from %1, Leaky ReLU (α = %2) from %3. "
              "%4 Diverged: ReLU %5 of %6 runs, Leaky ReLU %7 of %8.")
        .arg(window_text(relu), QString::number(alpha, 'g', 4), window_text(leaky), verdict)
        .arg(reluDiverged)
        .arg(reluRuns)
        .arg(leakyDiverged)
        .arg(leakyRuns);
}

QString alpha_summary(const SweepResult &result, const SweepSummary &summary)
{
    const SweepPoint *lowest = nullptr;
    const SweepPoint *highest = nullptr;
    const SweepPoint *relu = nullptr;
    int runs = 0;
    const int diverged = diverged_of(summary.leaky, runs);
    for (const SweepPoint &p : summary.leaky) {
        if (!p.medianLoss)
            continue;
        if (p.value == 0.0)
            relu = &p;
        if (p.value < 0.01 || p.value > 0.3)
            continue;
        if (!lowest || *p.medianLoss < *lowest->medianLoss)
            lowest = &p;
        if (!highest || *p.medianLoss > *highest->medianLoss)
            highest = &p;
    }
    const QString rate = sweep_value_text(result.spec.base.learningRate);
    QString text;
    if (lowest && highest)
        text = tr("At learning rate %1, over α from 0.01 to 0.3 the median final loss goes from %2 "
                  "(α = %3) to %4 (α = %5), a factor of %6.")
                   .arg(rate, loss_text(*lowest->medianLoss), sweep_value_text(lowest->value),
                        loss_text(*highest->medianLoss), sweep_value_text(highest->value),
                        QString::number(*highest->medianLoss / *lowest->medianLoss, 'f', 2));
    else
        text = tr("At learning rate %1, no α from 0.01 to 0.3 has a run that trained without "
                  "diverging yet.")
                   .arg(rate);
    if (relu)
        text += QLatin1Char(' ') + tr("ReLU (α = 0): %1.").arg(loss_text(*relu->medianLoss));
    return text + QLatin1Char(' ') + tr("Diverged: %1 of %2 runs.").arg(diverged).arg(runs);
}

// Where the learned alpha ended at the grid point learned_alpha_point picks, and how often the
// learned network diverged: what was measured, no verdict.
QString learned_alpha_summary(const SweepResult &result, const SweepSummary &summary)
{
    const std::vector<SweepPoint> &points = summary.prelu;
    const std::optional<std::size_t> best = learned_alpha_point(points);
    int runs = 0;
    const int diverged = diverged_of(points, runs);
    const QString mode = result.spec.base.prelu == PreluMode::Shared ? tr("shared") : tr("per unit, the units' mean");
    if (!best)
        return tr("Learned α (%1): no grid point has half of its runs trained without diverging "
                  "(%2 of %3 runs diverged).")
            .arg(mode)
            .arg(diverged)
            .arg(runs);
    const SweepPoint &p = points[*best];
    const bool rates = result.spec.kind == SweepKind::LearningRate;
    const bool gridStarts = !rates && result.spec.base.preluStart == PreluStart::Alpha;
    LabParams start = result.spec.base;
    if (!rates)
        start.alpha = p.value;
    // learned_alpha_point's rule, said where the number is.
    const QString where = rates ? tr("at its best learning rate, %1 (the lowest median final loss where at "
                                     "least half the seeds did not diverge)")
                                      .arg(sweep_value_text(p.value))
                                : gridStarts ? tr("from its best start (the lowest median final loss where at "
                                                  "least half the seeds did not diverge)")
                                             : tr("at its best α of the grid, %1 (the lowest median final loss "
                                                  "where at least half the seeds did not diverge)")
                                                   .arg(sweep_value_text(p.value));
    const QString seeds = p.diverged == 0
        ? tr("%1 seeds").arg(p.runs)
        : tr("the %1 of %2 seeds that did not diverge").arg(p.runs - p.diverged).arg(p.runs);
    QString text = tr("Learned α (%1, from %2) ended at median %3 (quartiles %4 to %5) over %6 %7.")
                       .arg(mode, sweep_value_text(prelu_start_alpha(start)), sweep_value_text(p.medianAlpha),
                            sweep_value_text(p.alphaQ1), sweep_value_text(p.alphaQ3), seeds, where);
    if (rates) {
        const LrWindow window = lr_window(points);
        text += QLatin1Char(' ') + tr("Its median final loss is within 2× of its best from %1.").arg(window_text(window));
    }
    return text + QLatin1Char(' ') + tr("Diverged: PReLU %1 of %2 runs.").arg(diverged).arg(runs);
}

} // namespace

QString sweep_value_text(double value)
{
    return QString::number(value, 'g', 3);
}

QString sweep_summary_text(const SweepResult &result)
{
    const std::size_t completed = result.completed();
    if (completed == 0)
        return tr("No run has finished yet.");
    const SweepSummary summary = summarize(result);
    QString text = result.spec.kind == SweepKind::LearningRate ? rate_summary(result, summary)
                                                                : alpha_summary(result, summary);
    if (result.spec.base.prelu != PreluMode::Off)
        text += QLatin1Char(' ') + learned_alpha_summary(result, summary);
    if (completed == result.runs.size())
        return text;
    return tr("So far (%1 of %2 runs): %3").arg(completed).arg(result.runs.size()).arg(text);
}

} // namespace lre::ui
