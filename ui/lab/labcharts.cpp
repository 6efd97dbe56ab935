// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcharts.h"
#include "numbertext.h"

#include "chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace lre::ui {

namespace {

QString leaky_name(double alpha)
{
    return LabCharts::tr("Leaky ReLU (α = %1)").arg(shown_number(alpha, 'g', 4));
}

// One curve's points: every record at stride 1; else, per bucket of stride records, the lowest
// and the highest value in epoch order, and the first and the last record of all.
template <typename Value>
QList<QPointF> bucketed_curve(std::span<const LabRecord> records, std::size_t stride, Value value)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(2 * (records.size() / stride + 1)));
    for (std::size_t start = 0; start < records.size(); start += stride) {
        const std::size_t end = std::min(records.size(), start + stride);
        std::size_t low = start;
        std::size_t high = start;
        for (std::size_t i = start + 1; i < end; ++i) {
            if (value(records[i]) < value(records[low]))
                low = i;
            if (value(records[i]) > value(records[high]))
                high = i;
        }
        std::array<std::size_t, 4> kept{low, high, start == 0 ? 0 : low, end == records.size() ? end - 1 : high};
        std::sort(kept.begin(), kept.end());
        const auto last = std::unique(kept.begin(), kept.end());
        for (auto it = kept.begin(); it != last; ++it)
            points.append(QPointF(records[*it].epoch, value(records[*it])));
    }
    return points;
}

QString prelu_name(PreluMode mode, double start)
{
    return mode == PreluMode::PerUnit
        ? LabCharts::tr("PReLU (α per unit, from %1)").arg(shown_number(start, 'g', 4))
        : LabCharts::tr("PReLU (learned α, from %1)").arg(shown_number(start, 'g', 4));
}

} // namespace

LabCharts::LabCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labCharts"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);

    // No chart titles: the axis titles, tooltips and the one legend say what each chart is,
    // and the lab must still read at the window's smallest size.
    const QMargins margins(6, 6, 6, 6);
    m_lossChart = make_chart(QStringLiteral("labLossChart"), margins);
    m_deadChart = make_chart(QStringLiteral("labDeadChart"), margins);
    m_fitChart = make_chart(QStringLiteral("labFitChart"), margins);
    m_alphaChart = make_chart(QStringLiteral("labAlphaChart"), margins);
    m_lossView = make_chart_view(m_lossChart, QStringLiteral("labLossChartView"),
                                 tr("Loss per epoch chart"),
                                 tr("Mean squared error on the training data after each epoch, log scale"));
    m_deadView = make_chart_view(m_deadChart, QStringLiteral("labDeadChartView"),
                                 tr("Dead units per epoch chart"),
                                 tr("Share of hidden units whose input is negative or zero for every "
                                    "training point"));
    m_fitView = make_chart_view(m_fitChart, QStringLiteral("labFitChartView"), tr("Fitted functions chart"),
                                tr("The training data and what each network computes at the end"));
    m_alphaView = make_chart_view(m_alphaChart, QStringLiteral("labAlphaChartView"), tr("Learned alpha chart"),
                                  tr("The PReLU network's alpha after each epoch (per unit: their mean, and "
                                     "each unit's at the end) against the explorer's alpha"));
    // Owned here while no learned network puts it in the grid.
    m_alphaView->setParent(this);
    for (QChartView *view : {m_lossView, m_deadView, m_fitView, m_alphaView})
        view->setMinimumSize(260, 170);
    m_grid->addWidget(m_lossView, 0, 0);
    m_grid->addWidget(m_deadView, 0, 1);
    m_grid->setRowStretch(0, 1);
    m_grid->setRowStretch(1, 1);

    m_lossEpochs = make_value_axis(QStringLiteral("labLossEpochAxis"), tr("epoch"));
    m_lossAxis = make_log_axis(QStringLiteral("labLossAxis"), tr("loss (log)"));
    m_lossAxis->setRange(0.01, 1.0);
    m_lossChart->addAxis(m_lossEpochs, Qt::AlignBottom);
    m_lossChart->addAxis(m_lossAxis, Qt::AlignLeft);

    m_deadEpochs = make_value_axis(QStringLiteral("labDeadEpochAxis"), tr("epoch"));
    m_deadAxis = make_value_axis(QStringLiteral("labDeadAxis"), tr("dead (%)"));
    m_deadAxis->setRange(0.0, 100.0);
    m_deadAxis->setTickCount(6);
    m_deadAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_deadChart->addAxis(m_deadEpochs, Qt::AlignBottom);
    m_deadChart->addAxis(m_deadAxis, Qt::AlignLeft);
    m_deadChart->legend()->hide();

    m_fitX = make_value_axis(QStringLiteral("labFitXAxis"), tr("x"));
    m_fitX->setRange(lab_limits::kXMin, lab_limits::kXMax);
    m_fitX->setTickCount(7);
    m_fitX->setLabelFormat(QStringLiteral("%.0f"));
    m_fitY = make_value_axis(QStringLiteral("labFitYAxis"), tr("y"));
    m_fitY->setRange(-1.5, 1.5);
    m_fitChart->addAxis(m_fitX, Qt::AlignBottom);
    m_fitChart->addAxis(m_fitY, Qt::AlignLeft);

    m_alphaEpochs = make_value_axis(QStringLiteral("labAlphaEpochAxis"), tr("epoch"));
    m_alphaAxis = make_value_axis(QStringLiteral("labAlphaAxis"), tr("learned α"));
    m_alphaChart->addAxis(m_alphaEpochs, Qt::AlignBottom);
    m_alphaChart->addAxis(m_alphaAxis, Qt::AlignLeft);

    // Later series are drawn on top: dashed ReLU over solid Leaky ReLU, as on the explorer tab.
    m_lossLeaky = add_line(m_lossChart, QStringLiteral("labLossLeakySeries"), leaky_name(0.1));
    m_lossRelu = add_line(m_lossChart, QStringLiteral("labLossReluSeries"), tr("ReLU"));
    m_deadLeaky = add_line(m_deadChart, QStringLiteral("labDeadLeakySeries"), leaky_name(0.1));
    m_deadRelu = add_line(m_deadChart, QStringLiteral("labDeadReluSeries"), tr("ReLU"));
    m_data = new QScatterSeries(this);
    m_data->setObjectName(QStringLiteral("labDataSeries"));
    m_data->setName(tr("training data"));
    m_data->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_data->setMarkerSize(5.0);
    m_fitChart->addSeries(m_data);
    m_data->attachAxis(m_fitX);
    m_data->attachAxis(m_fitY);
    m_fitLeaky = add_line(m_fitChart, QStringLiteral("labFitLeakySeries"), leaky_name(0.1));
    m_fitRelu = add_line(m_fitChart, QStringLiteral("labFitReluSeries"), tr("ReLU"));
    m_lossPrelu = add_line(m_lossChart, QStringLiteral("labLossPreluSeries"), prelu_name(PreluMode::Shared, 0.1));
    m_deadPrelu = add_line(m_deadChart, QStringLiteral("labDeadPreluSeries"), prelu_name(PreluMode::Shared, 0.1));
    m_fitPrelu = add_line(m_fitChart, QStringLiteral("labFitPreluSeries"), prelu_name(PreluMode::Shared, 0.1));
    m_explorerAlpha = add_line(m_alphaChart, QStringLiteral("labExplorerAlphaSeries"), tr("explorer's α"));
    m_learnedAlpha = add_line(m_alphaChart, QStringLiteral("labLearnedAlphaSeries"), tr("learned α"));
    m_unitAlphas = new QScatterSeries(this);
    m_unitAlphas->setObjectName(QStringLiteral("labUnitAlphasSeries"));
    m_unitAlphas->setName(tr("each unit's α at the end"));
    m_unitAlphas->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_unitAlphas->setMarkerSize(6.0);
    m_alphaChart->addSeries(m_unitAlphas);
    m_unitAlphas->attachAxis(m_alphaEpochs);
    m_unitAlphas->attachAxis(m_alphaAxis);
    m_alphaChart->legend()->setAlignment(Qt::AlignTop);

    // One legend serves the three charts, as on the explorer tab: same colours, same pens.
    m_lossChart->legend()->hide();
    m_fitChart->legend()->setAlignment(Qt::AlignTop);
    set_count_range(m_lossEpochs, LabParams{}.epochs);
    set_count_range(m_deadEpochs, LabParams{}.epochs);
    set_count_range(m_alphaEpochs, LabParams{}.epochs);
    placeCharts();
    applyTheme(Theme::Light);
}

// The alpha chart takes half of the second row when there is a learned network; the fit takes
// the whole row when there is not.
void LabCharts::placeCharts()
{
    const bool learned = m_prelu != PreluMode::Off;
    m_grid->removeWidget(m_fitView);
    m_grid->removeWidget(m_alphaView);
    m_grid->addWidget(m_fitView, 1, 0, 1, learned ? 1 : 2);
    if (learned)
        m_grid->addWidget(m_alphaView, 1, 1);
    m_alphaView->setVisible(learned);
    for (QLineSeries *series : {m_lossPrelu, m_deadPrelu, m_fitPrelu})
        series->setVisible(learned);
    m_unitAlphas->setVisible(m_prelu == PreluMode::PerUnit);
}

void LabCharts::widenAlphaAxis(double low, double high)
{
    if (low >= m_alphaLow && high <= m_alphaHigh)
        return;
    m_alphaLow = std::min(low, m_alphaLow);
    m_alphaHigh = std::max(high, m_alphaHigh);
    // A tenth of the span (or of the value) of room, so a flat line does not sit on the frame.
    const double pad = std::max(0.1 * (m_alphaHigh - m_alphaLow), 0.05 * std::max(std::fabs(m_alphaHigh), 0.1));
    m_alphaAxis->setRange(m_alphaLow - pad, m_alphaHigh + pad);
    m_alphaAxis->applyNiceNumbers();
}

QAbstractSeries *LabCharts::findSeries(const QString &objectName) const
{
    return find_series({m_lossChart, m_deadChart, m_fitChart, m_alphaChart}, objectName);
}

int LabCharts::strideFor(int epochs)
{
    const int records = std::max(epochs, 0) + 1;
    if (records <= kMaxPoints)
        return 1;
    const int buckets = kMaxPoints / 2;
    return (records + buckets - 1) / buckets;
}

void LabCharts::beginRun(const LabParams &params, const LabData &data)
{
    m_stride = strideFor(params.epochs);
    set_count_range(m_lossEpochs, params.epochs);
    set_count_range(m_deadEpochs, params.epochs);
    set_count_range(m_alphaEpochs, params.epochs);
    if (params.prelu == PreluMode::PerUnit) // room for the strip of each unit's alpha at the end
        m_alphaEpochs->setMax(std::max(params.epochs, 1) * 1.04);
    for (QLineSeries *series : {m_lossRelu, m_lossLeaky, m_deadRelu, m_deadLeaky, m_fitRelu, m_fitLeaky, m_lossPrelu,
                                m_deadPrelu, m_fitPrelu, m_learnedAlpha})
        series->replace(QList<QPointF>{});
    m_unitAlphas->replace(QList<QPointF>{});
    for (QLineSeries *series : {m_lossLeaky, m_deadLeaky, m_fitLeaky})
        series->setName(leaky_name(params.alpha));
    const double start = prelu_start_alpha(params);
    for (QLineSeries *series : {m_lossPrelu, m_deadPrelu, m_fitPrelu})
        series->setName(prelu_name(params.prelu, start));
    if (params.prelu != m_prelu) {
        m_prelu = params.prelu;
        placeCharts();
    }
    m_learnedAlpha->setName(params.prelu == PreluMode::PerUnit ? tr("mean learned α") : tr("learned α"));
    m_explorerAlpha->setName(tr("explorer's α = %1").arg(shown_number(params.alpha, 'g', 4)));
    m_explorerAlpha->replace({QPointF(0.0, params.alpha), QPointF(params.epochs, params.alpha)});
    m_alphaLow = HUGE_VAL;
    m_alphaHigh = -HUGE_VAL;
    widenAlphaAxis(std::min(params.alpha, start), std::max(params.alpha, start));

    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(data.x.size()));
    double low = -1.0;
    double high = 1.0;
    for (std::size_t i = 0; i < data.x.size(); ++i) {
        points.append(QPointF(data.x[i], data.y[i]));
        low = std::min(low, data.y[i]);
        high = std::max(high, data.y[i]);
    }
    m_data->replace(points);
    m_fitY->setRange(low, high);
    m_fitY->applyNiceNumbers();
}

void LabCharts::showRecords(std::span<const LabRecord> records)
{
    const bool learned = m_prelu != PreluMode::Off;
    const std::size_t stride = static_cast<std::size_t>(m_stride);
    const auto loss = [](double value) { return std::clamp(value, kLossFloor, kLossCeiling); };
    const auto curve = [&](auto value) { return bucketed_curve(records, stride, value); };
    const QList<QPointF> lossRelu = curve([&](const LabRecord &r) { return loss(r.lossRelu); });
    const QList<QPointF> lossLeaky = curve([&](const LabRecord &r) { return loss(r.lossLeaky); });
    m_lossRelu->replace(lossRelu);
    m_lossLeaky->replace(lossLeaky);
    m_deadRelu->replace(curve([](const LabRecord &r) { return 100.0 * r.deadRelu; }));
    m_deadLeaky->replace(curve([](const LabRecord &r) { return 100.0 * r.deadLeaky; }));
    QList<QPointF> lossPrelu;
    QList<QPointF> alphas;
    if (learned) {
        lossPrelu = curve([&](const LabRecord &r) { return loss(r.lossPrelu); });
        alphas = curve([](const LabRecord &r) { return r.alphaPrelu; });
        m_lossPrelu->replace(lossPrelu);
        m_deadPrelu->replace(curve([](const LabRecord &r) { return 100.0 * r.deadPrelu; }));
        m_learnedAlpha->replace(alphas);
    }
    if (records.empty())
        return;
    // Each bucket keeps its extremes, so the points' range is the records'.
    double lowest = HUGE_VAL;
    double highest = 0.0;
    for (const QList<QPointF> *points : std::initializer_list<const QList<QPointF> *>{&lossRelu, &lossLeaky, &lossPrelu}) {
        for (const QPointF &p : *points) {
            lowest = std::min(lowest, p.y());
            highest = std::max(highest, p.y());
        }
    }
    if (learned) {
        const auto [low, high] = std::minmax_element(alphas.cbegin(), alphas.cend(),
                                                     [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        widenAlphaAxis(low->y(), high->y());
    }
    // Whole decades, so the log axis labels powers of ten.
    const double min = std::pow(10.0, std::floor(std::log10(lowest)));
    double max = std::pow(10.0, std::ceil(std::log10(highest)));
    if (max <= min)
        max = min * 10.0;
    // Widened a hair: Qt 6.4's log axis drops the label of a decade that is exactly an end.
    const double lo = min * (1.0 - 1e-6);
    const double hi = std::min(max * (1.0 + 1e-6), kLossCeiling);
    if (m_lossAxis->min() != lo || m_lossAxis->max() != hi)
        m_lossAxis->setRange(lo, hi);
}

void LabCharts::showFit(const LabNetwork &relu, const LabNetwork &leaky, const LabNetwork *prelu)
{
    double low = m_fitY->min();
    double high = m_fitY->max();
    const auto points_of = [&](const LabNetwork &network) {
        QList<QPointF> points;
        for (const Point &p : fitted_curve(network, lab_limits::kXMin, lab_limits::kXMax)) {
            points.append(QPointF(p.x, p.y));
            low = std::min(low, p.y);
            high = std::max(high, p.y);
        }
        return points;
    };
    m_fitRelu->replace(points_of(relu));
    m_fitLeaky->replace(points_of(leaky));
    if (prelu && m_prelu != PreluMode::Off) {
        m_fitPrelu->replace(points_of(*prelu));
        if (prelu->prelu() == PreluMode::PerUnit) {
            // Each unit's alpha at the end, a strip where the mean's line ends.
            const double last = m_learnedAlpha->count() > 0 ? m_learnedAlpha->at(m_learnedAlpha->count() - 1).x()
                                                             : 0.0;
            QList<QPointF> strip;
            double alphaLow = HUGE_VAL;
            double alphaHigh = -HUGE_VAL;
            for (double a : prelu->learnedAlphas()) {
                strip.append(QPointF(last, a));
                alphaLow = std::min(alphaLow, a);
                alphaHigh = std::max(alphaHigh, a);
            }
            m_unitAlphas->replace(strip);
            if (!strip.isEmpty() && std::isfinite(alphaLow) && std::isfinite(alphaHigh))
                widenAlphaAxis(alphaLow, alphaHigh);
        }
    }
    if (low < m_fitY->min() || high > m_fitY->max()) {
        m_fitY->setRange(low, high);
        m_fitY->applyNiceNumbers();
    }
}

void LabCharts::applyTheme(Theme theme)
{
    m_theme = theme;
    const ThemeColors c = theme_colors(theme);
    for (QChart *chart : {m_lossChart, m_deadChart, m_fitChart, m_alphaChart})
        apply_chart_theme(chart, c);
    for (QChartView *view : {m_lossView, m_deadView, m_fitView, m_alphaView})
        view->setBackgroundBrush(c.chartBackground);
    for (QLineSeries *series : {m_lossLeaky, m_deadLeaky, m_fitLeaky})
        series->setPen(leaky_relu_pen(c));
    for (QLineSeries *series : {m_lossRelu, m_deadRelu, m_fitRelu})
        series->setPen(relu_pen(c));
    for (QLineSeries *series : {m_lossPrelu, m_deadPrelu, m_fitPrelu})
        series->setPen(prelu_pen(c));
    QPen learnedPen = prelu_pen(c, chart_style::kLeakyReluWidth);
    learnedPen.setStyle(Qt::SolidLine);
    m_learnedAlpha->setPen(learnedPen);
    // The explorer's alpha in Leaky ReLU's colour, thin and dotted: a reference, not a curve.
    QPen explorerPen(c.leakyRelu, 1.4, Qt::DotLine);
    m_explorerAlpha->setPen(explorerPen);
    QColor unitColor = learnedPen.color();
    unitColor.setAlphaF(0.7f);
    m_unitAlphas->setColor(unitColor);
    m_unitAlphas->setBorderColor(Qt::transparent);
    QColor dataColor = c.mutedText;
    dataColor.setAlphaF(0.55f);
    m_data->setColor(dataColor);
    m_data->setBorderColor(Qt::transparent);
}

} // namespace lre::ui
