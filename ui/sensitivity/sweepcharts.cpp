// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepcharts.h"

#include "chartstyle.h"
#include "medianband.h"
#include "stagedupdates.h"
#include "sweepsummarytext.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

enum ChartIndex { kLoss = 0, kDead = 1, kDiverged = 2, kAlpha = 3 };

void clear_chart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

SweepCharts::SweepCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sweepCharts"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    const QMargins margins(6, 6, 6, 6);
    const std::array<const char *, 4> names{"sweepLossChart", "sweepDeadChart", "sweepDivergedChart",
                                            "sweepAlphaChart"};
    const std::array<QString, 4> accessible{tr("Final loss chart"), tr("Dead units chart"),
                                            tr("Diverged runs chart"), tr("Learned alpha chart")};
    const std::array<QString, 4> tips{
        tr("Median final loss over the seeds (line) and the middle half of the seeds (band), log scale; "
           "runs that diverged are left out"),
        tr("Median share of hidden units dead at the end (line) and the middle half of the seeds (band)"),
        tr("How many of the seeds diverged (a loss that stopped being finite)"),
        tr("Where the learned alpha (PReLU) ended: median over the seeds that did not diverge (line) "
           "and the middle half (band); per unit, each run's mean over the units. The dotted line is "
           "where it started")};
    for (int i = 0; i < 4; ++i) {
        m_charts[i] = make_chart(QLatin1String(names[i]), margins);
        m_views[i] = make_chart_view(m_charts[i], QLatin1String(names[i]) + QStringLiteral("View"),
                                     accessible[i], tips[i]);
        m_views[i]->setMinimumSize(240, 170);
    }
    grid->addWidget(m_views[kLoss], 0, 0, 1, 3);
    grid->addWidget(m_views[kDead], 1, 0);
    grid->addWidget(m_views[kDiverged], 1, 1);
    grid->addWidget(m_views[kAlpha], 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    m_charts[kDead]->legend()->hide();
    m_charts[kDiverged]->legend()->hide();
    m_staging = new StagedUpdates(static_cast<int>(m_charts.size()), kStepMs, [this](int chart) { showChart(chart); },
                                  this);
    connect(m_staging, &StagedUpdates::caughtUp, this, &SweepCharts::caughtUp);
    configure(default_lr_sweep(LabParams{}.alpha));
}

QAbstractAxis *SweepCharts::makeXAxis(int chart)
{
    if (m_spec.kind == SweepKind::LearningRate) {
        auto *axis = make_log_axis(QStringLiteral("sweepRateAxis%1").arg(chart), tr("learning rate (log)"));
        // Whole decades, widened a hair: Qt 6.4's log axis drops the label of a decade at an end.
        const double low = std::pow(10.0, std::floor(std::log10(m_spec.values.front())));
        const double high = std::pow(10.0, std::ceil(std::log10(m_spec.values.back())));
        axis->setRange(low * (1.0 - 1e-6), high * (1.0 + 1e-6));
        return axis;
    }
    // Alphas sit evenly, one a grid point, named by their value; 0 is ReLU and says so.
    auto *axis = new QCategoryAxis;
    axis->setObjectName(QStringLiteral("sweepAlphaAxis%1").arg(chart));
    axis->setTitleText(tr("alpha"));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    for (std::size_t i = 0; i < m_spec.values.size(); ++i) {
        const double value = m_spec.values[i];
        axis->append(value == 0.0 ? tr("ReLU") : sweep_value_text(value), static_cast<double>(i));
    }
    axis->setRange(-0.5, static_cast<double>(m_spec.values.size()) - 0.5);
    return axis;
}

void SweepCharts::configure(const SweepSpec &spec)
{
    const bool wasStale = m_staging->drop();
    m_summary = {};
    if (m_built && spec == m_spec)
        clear(); // the same grid: new axes and series would only be laid out and painted anew
    else
        build(spec);
    if (wasStale)
        emit caughtUp(); // nothing left to show: the old summary is gone
}

void SweepCharts::clear()
{
    for (QChart *chart : m_charts) {
        for (QAbstractSeries *series : chart->series()) {
            if (auto *xy = qobject_cast<QXYSeries *>(series)) {
                if (xy->count() > 0)
                    xy->clear();
            } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
                for (QLineSeries *line : {area->upperSeries(), area->lowerSeries()})
                    if (line->count() > 0)
                        line->clear();
            }
        }
    }
    // The ranges build() starts with.
    auto *loss = qobject_cast<QLogValueAxis *>(m_charts[kLoss]->axes(Qt::Vertical).constFirst());
    if (loss->min() != 0.01 || loss->max() != 1.0)
        loss->setRange(0.01, 1.0);
    auto *alpha = qobject_cast<QValueAxis *>(m_charts[kAlpha]->axes(Qt::Vertical).constFirst());
    if (alpha->min() != 0.0 || alpha->max() != 0.5)
        alpha->setRange(0.0, 0.5);
}

void SweepCharts::build(const SweepSpec &spec)
{
    m_built = true;
    m_spec = spec;
    for (QChart *chart : m_charts)
        clear_chart(chart);
    for (int i = 0; i < 4; ++i)
        m_charts[i]->addAxis(makeXAxis(i), Qt::AlignBottom);
    auto *lossAxis = make_log_axis(QStringLiteral("sweepLossAxis"), tr("final loss (log)"));
    lossAxis->setRange(0.01, 1.0);
    m_charts[kLoss]->addAxis(lossAxis, Qt::AlignLeft);
    auto *deadAxis = make_value_axis(QStringLiteral("sweepDeadAxis"), tr("dead (%)"));
    deadAxis->setRange(0.0, 100.0);
    deadAxis->setTickCount(6);
    deadAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_charts[kDead]->addAxis(deadAxis, Qt::AlignLeft);
    auto *divergedAxis = make_value_axis(QStringLiteral("sweepDivergedAxis"), tr("diverged (of %1)").arg(spec.seeds));
    set_count_range(divergedAxis, spec.seeds);
    m_charts[kDiverged]->addAxis(divergedAxis, Qt::AlignLeft);
    auto *alphaAxis = make_value_axis(QStringLiteral("sweepLearnedAlphaAxis"), tr("final α"));
    alphaAxis->setRange(0.0, 0.5);
    m_charts[kAlpha]->addAxis(alphaAxis, Qt::AlignLeft);

    const QString leakyName = spec.kind == SweepKind::LearningRate
        ? tr("Leaky ReLU (α = %1)").arg(QString::number(spec.base.alpha, 'g', 4))
        : tr("Leaky ReLU");
    m_relu = {};
    m_leaky = {};
    m_prelu = {};
    m_learnedAlpha = {};
    m_alphaStart = nullptr;
    m_reluMark = nullptr;
    // Later series are drawn on top: dashed ReLU over solid Leaky ReLU, as on every page.
    m_leaky.loss = MedianBand(m_charts[kLoss], leakyName, QStringLiteral("sweepLossLeakySeries"));
    m_leaky.dead = MedianBand(m_charts[kDead], leakyName, QStringLiteral("sweepDeadLeakySeries"));
    m_leaky.diverged = add_line(m_charts[kDiverged], QStringLiteral("sweepDivergedLeakySeries"), leakyName);
    if (spec.kind == SweepKind::LearningRate) {
        m_relu.loss = MedianBand(m_charts[kLoss], tr("ReLU"), QStringLiteral("sweepLossReluSeries"));
        m_relu.dead = MedianBand(m_charts[kDead], tr("ReLU"), QStringLiteral("sweepDeadReluSeries"));
        m_relu.diverged = add_line(m_charts[kDiverged], QStringLiteral("sweepDivergedReluSeries"), tr("ReLU"));
    } else {
        m_reluMark = new QScatterSeries(m_charts[kLoss]);
        m_reluMark->setObjectName(QStringLiteral("sweepReluMark"));
        m_reluMark->setName(tr("ReLU (α = 0)"));
        m_reluMark->setMarkerSize(11.0);
        add_series(m_charts[kLoss], m_reluMark);
    }
    const bool learned = spec.base.prelu != PreluMode::Off;
    if (learned) {
        const QString preluName = spec.base.prelu == PreluMode::Shared ? tr("PReLU (shared α)")
                                                                       : tr("PReLU (α per unit)");
        m_prelu.loss = MedianBand(m_charts[kLoss], preluName, QStringLiteral("sweepLossPreluSeries"));
        m_prelu.dead = MedianBand(m_charts[kDead], preluName, QStringLiteral("sweepDeadPreluSeries"));
        m_prelu.diverged = add_line(m_charts[kDiverged], QStringLiteral("sweepDivergedPreluSeries"), preluName);
        m_learnedAlpha = MedianBand(m_charts[kAlpha], spec.base.prelu == PreluMode::Shared ? tr("learned α")
                                                                              : tr("mean learned α"),
                                 QStringLiteral("sweepLearnedAlphaSeries"));
        // A learning-rate sweep starts every learned run at one alpha, an alpha sweep at each of its own.
        const bool oneStart = spec.kind == SweepKind::LearningRate || spec.base.preluStart != PreluStart::Alpha;
        const QString start = sweep_value_text(prelu_start_alpha(spec.base));
        m_alphaStart = add_line(m_charts[kAlpha], QStringLiteral("sweepAlphaStartSeries"),
                                !oneStart ? tr("start: the grid's α")
                                : spec.base.preluStart == PreluStart::Alpha ? tr("explorer's α = %1").arg(start)
                                                                            : tr("start: α = %1").arg(start));
    }
    m_views[kAlpha]->setVisible(learned);
    for (QLineSeries *series : {m_leaky.diverged, m_relu.diverged, m_prelu.diverged})
        if (series)
            series->setPointsVisible(true);
    applyTheme(m_theme);
}

double SweepCharts::xOf(std::size_t index, double value) const
{
    return m_spec.kind == SweepKind::LearningRate ? value : static_cast<double>(index);
}

void SweepCharts::showLoss(Network &network, const std::vector<SweepPoint> &points)
{
    MedianBand::Points loss;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const SweepPoint &p = points[i];
        if (p.medianLoss)
            loss.append(xOf(i, p.value), *p.medianLoss, p.lossQ1, p.lossQ3);
    }
    network.loss.show(loss);
}

void SweepCharts::showDead(Network &network, const std::vector<SweepPoint> &points)
{
    MedianBand::Points dead;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const SweepPoint &p = points[i];
        if (p.medianLoss)
            dead.append(xOf(i, p.value), 100.0 * *p.medianDead, 100.0 * p.deadQ1, 100.0 * p.deadQ3);
    }
    network.dead.show(dead);
}

void SweepCharts::showDiverged(Network &network, const std::vector<SweepPoint> &points)
{
    if (!network.diverged)
        return;
    QList<QPointF> diverged;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].runs > 0)
            diverged.append(QPointF(xOf(i, points[i].value), points[i].diverged));
    replace_if_changed(network.diverged, diverged);
}

unsigned SweepCharts::chartsInUse() const
{
    return (1u << kLoss) | (1u << kDead) | (1u << kDiverged) | (m_learnedAlpha.exists() ? 1u << kAlpha : 0u);
}

void SweepCharts::showSummary(const SweepSummary &summary)
{
    m_summary = summary;
    m_staging->updateNow(chartsInUse());
}

void SweepCharts::showSummaryInSteps(const SweepSummary &summary)
{
    m_summary = summary;
    m_staging->updateInSteps(chartsInUse());
}

void SweepCharts::catchUp()
{
    m_staging->catchUp();
}

bool SweepCharts::isCaughtUp() const
{
    return m_staging->isCaughtUp();
}

void SweepCharts::showChart(int chart)
{
    switch (chart) {
    case kLoss:
        showLoss(m_relu, m_summary.relu);
        showLoss(m_leaky, m_summary.leaky);
        showLoss(m_prelu, m_summary.prelu);
        showLossAxis();
        break;
    case kDead:
        showDead(m_relu, m_summary.relu);
        showDead(m_leaky, m_summary.leaky);
        showDead(m_prelu, m_summary.prelu);
        break;
    case kDiverged:
        showDiverged(m_relu, m_summary.relu);
        showDiverged(m_leaky, m_summary.leaky);
        showDiverged(m_prelu, m_summary.prelu);
        break;
    case kAlpha:
        showLearnedAlpha(m_summary.prelu);
        break;
    }
}

void SweepCharts::showLossAxis()
{
    const SweepSummary &summary = m_summary;
    if (m_reluMark) {
        QList<QPointF> mark;
        for (std::size_t i = 0; i < summary.leaky.size(); ++i)
            if (summary.leaky[i].value == 0.0 && summary.leaky[i].medianLoss)
                mark.append(QPointF(static_cast<double>(i), *summary.leaky[i].medianLoss));
        replace_if_changed(m_reluMark, mark);
    }
    // Whole decades around every band, so the log axis labels powers of ten.
    double lowest = HUGE_VAL;
    double highest = 0.0;
    for (const auto *points : {&summary.relu, &summary.leaky, &summary.prelu})
        for (const SweepPoint &p : *points)
            if (p.medianLoss && p.lossQ1 > 0.0) {
                lowest = std::min(lowest, p.lossQ1);
                highest = std::max(highest, p.lossQ3);
            }
    if (highest > 0.0) {
        const double lo = std::pow(10.0, std::floor(std::log10(lowest)));
        double hi = std::pow(10.0, std::ceil(std::log10(highest)));
        if (hi <= lo)
            hi = lo * 10.0;
        // Widened a hair: Qt 6.4's log axis drops the label of a decade that is exactly an end.
        QAbstractAxis *axis = m_charts[kLoss]->axes(Qt::Vertical).constFirst();
        const auto *log = qobject_cast<QLogValueAxis *>(axis);
        if (!log || log->min() != lo * (1.0 - 1e-6) || log->max() != hi * (1.0 + 1e-6))
            axis->setRange(lo * (1.0 - 1e-6), hi * (1.0 + 1e-6));
    }
}

void SweepCharts::showLearnedAlpha(const std::vector<SweepPoint> &points)
{
    if (!m_learnedAlpha.exists())
        return;
    MedianBand::Points alphas;
    QList<QPointF> start;
    double lowest = 0.0;
    double highest = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const SweepPoint &p = points[i];
        const double x = xOf(i, p.value);
        if (m_spec.kind == SweepKind::Alpha && m_spec.base.preluStart == PreluStart::Alpha)
            start.append(QPointF(x, p.value));
        if (!p.medianLoss)
            continue; // every seed diverged here: no alpha to show
        alphas.append(x, p.medianAlpha, p.alphaQ1, p.alphaQ3);
        lowest = std::min(lowest, p.alphaQ1);
        highest = std::max(highest, p.alphaQ3);
    }
    if (start.isEmpty()) {
        const double alpha = prelu_start_alpha(m_spec.base);
        const double first = m_spec.kind == SweepKind::LearningRate ? m_spec.values.front() : -0.5;
        const double last = m_spec.kind == SweepKind::LearningRate ? m_spec.values.back()
                                                                   : static_cast<double>(m_spec.values.size()) - 0.5;
        start = {QPointF(first, alpha), QPointF(last, alpha)};
    }
    for (const QPointF &p : start) {
        lowest = std::min(lowest, p.y());
        highest = std::max(highest, p.y());
    }
    m_learnedAlpha.show(alphas);
    replace_if_changed(m_alphaStart, start);
    auto *axis = qobject_cast<QValueAxis *>(m_charts[kAlpha]->axes(Qt::Vertical).constFirst());
    const double margin = std::max(0.05 * (highest - lowest), 0.01);
    const double bottom = lowest < 0.0 ? lowest - margin : 0.0;
    const double top = highest + margin;
    // A new range only when the values leave the axis or fill less than half of it: a range set
    // and then made nice at every delivery laid the chart out twice each time.
    if (bottom < axis->min() || top > axis->max() || top - bottom < 0.5 * (axis->max() - axis->min())) {
        axis->setRange(bottom, top);
        axis->applyNiceNumbers();
    }
}

void SweepCharts::styleNetwork(Network &network, const QPen &pen)
{
    if (!network.diverged)
        return;
    network.loss.style(pen, 0.16f);
    network.dead.style(pen, 0.16f);
    network.diverged->setPen(pen);
}

void SweepCharts::applyTheme(Theme theme)
{
    m_theme = theme;
    const ThemeColors c = theme_colors(theme);
    for (QChart *chart : m_charts)
        apply_chart_theme(chart, c);
    for (QChartView *view : m_views)
        view->setBackgroundBrush(c.chartBackground);
    styleNetwork(m_leaky, leaky_relu_pen(c));
    styleNetwork(m_relu, relu_pen(c));
    styleNetwork(m_prelu, prelu_pen(c));
    if (m_learnedAlpha.exists()) {
        m_learnedAlpha.style(QPen(prelu_pen(c).color(), chart_style::kReluWidth), 0.2f);
        // The explorer's alpha is Leaky ReLU's: its colour, dotted so it reads as a mark.
        m_alphaStart->setPen(QPen(c.leakyRelu, 1.6, Qt::DotLine, Qt::FlatCap));
    }
    if (m_reluMark) {
        m_reluMark->setColor(c.relu);
        m_reluMark->setBorderColor(c.relu);
    }
}

QAbstractSeries *SweepCharts::findSeries(const QString &objectName) const
{
    return find_series({m_charts[0], m_charts[1], m_charts[2], m_charts[3]}, objectName);
}

} // namespace lre::ui
