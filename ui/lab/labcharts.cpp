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
#include <cmath>

namespace lre::ui {

namespace {

QString leaky_name(double alpha)
{
    return LabCharts::tr("Leaky ReLU (α = %1)").arg(shown_number(alpha, 'g', 4));
}

} // namespace

LabCharts::LabCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labCharts"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);

    // No chart titles: the axis titles, tooltips and the one legend say what each chart is,
    // and the lab must still read at the window's smallest size.
    const QMargins margins(6, 6, 6, 6);
    m_lossChart = make_chart(QStringLiteral("labLossChart"), margins);
    m_deadChart = make_chart(QStringLiteral("labDeadChart"), margins);
    m_fitChart = make_chart(QStringLiteral("labFitChart"), margins);
    m_lossView = make_chart_view(m_lossChart, QStringLiteral("labLossChartView"),
                                 tr("Loss per epoch chart"),
                                 tr("Mean squared error on the training data after each epoch, log scale"));
    m_deadView = make_chart_view(m_deadChart, QStringLiteral("labDeadChartView"),
                                 tr("Dead units per epoch chart"),
                                 tr("Share of hidden units whose input is negative or zero for every "
                                    "training point"));
    m_fitView = make_chart_view(m_fitChart, QStringLiteral("labFitChartView"), tr("Fitted functions chart"),
                                tr("The training data and what each network computes at the end"));
    for (QChartView *view : {m_lossView, m_deadView, m_fitView})
        view->setMinimumSize(260, 170);
    grid->addWidget(m_lossView, 0, 0);
    grid->addWidget(m_deadView, 0, 1);
    grid->addWidget(m_fitView, 1, 0, 1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

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

    // One legend serves the three charts, as on the explorer tab: same colours, same pens.
    m_lossChart->legend()->hide();
    m_fitChart->legend()->setAlignment(Qt::AlignTop);
    set_count_range(m_lossEpochs, LabParams{}.epochs);
    set_count_range(m_deadEpochs, LabParams{}.epochs);
    applyTheme(Theme::Light);
}

QAbstractSeries *LabCharts::findSeries(const QString &objectName) const
{
    return find_series({m_lossChart, m_deadChart, m_fitChart}, objectName);
}

int LabCharts::strideFor(int epochs)
{
    const int records = std::max(epochs, 0) + 1;
    return (records + kMaxPoints - 1) / kMaxPoints;
}

void LabCharts::beginRun(const LabParams &params, const LabData &data)
{
    m_stride = strideFor(params.epochs);
    set_count_range(m_lossEpochs, params.epochs);
    set_count_range(m_deadEpochs, params.epochs);
    for (QLineSeries *series : {m_lossRelu, m_lossLeaky, m_deadRelu, m_deadLeaky, m_fitRelu, m_fitLeaky})
        series->replace(QList<QPointF>{});
    for (QLineSeries *series : {m_lossLeaky, m_deadLeaky, m_fitLeaky})
        series->setName(leaky_name(params.alpha));

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
    QList<QPointF> lossRelu;
    QList<QPointF> lossLeaky;
    QList<QPointF> deadRelu;
    QList<QPointF> deadLeaky;
    const auto expected = static_cast<qsizetype>(records.size() / static_cast<std::size_t>(m_stride) + 2);
    for (QList<QPointF> *list : {&lossRelu, &lossLeaky, &deadRelu, &deadLeaky})
        list->reserve(expected);
    double lowest = HUGE_VAL;
    double highest = 0.0;
    const auto add = [&](const LabRecord &r) {
        const double x = r.epoch;
        const double relu = std::clamp(r.lossRelu, kLossFloor, kLossCeiling);
        const double leaky = std::clamp(r.lossLeaky, kLossFloor, kLossCeiling);
        lossRelu.append(QPointF(x, relu));
        lossLeaky.append(QPointF(x, leaky));
        deadRelu.append(QPointF(x, 100.0 * r.deadRelu));
        deadLeaky.append(QPointF(x, 100.0 * r.deadLeaky));
        lowest = std::min({lowest, relu, leaky});
        highest = std::max({highest, relu, leaky});
    };
    const std::size_t stride = static_cast<std::size_t>(m_stride);
    for (std::size_t i = 0; i < records.size(); i += stride)
        add(records[i]);
    if (!records.empty() && (records.size() - 1) % stride != 0)
        add(records.back());

    m_lossRelu->replace(lossRelu);
    m_lossLeaky->replace(lossLeaky);
    m_deadRelu->replace(deadRelu);
    m_deadLeaky->replace(deadLeaky);
    if (records.empty())
        return;
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

void LabCharts::showFit(const LabNetwork &relu, const LabNetwork &leaky)
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
    if (low < m_fitY->min() || high > m_fitY->max()) {
        m_fitY->setRange(low, high);
        m_fitY->applyNiceNumbers();
    }
}

void LabCharts::applyTheme(Theme theme)
{
    m_theme = theme;
    const ThemeColors c = theme_colors(theme);
    for (QChart *chart : {m_lossChart, m_deadChart, m_fitChart})
        apply_chart_theme(chart, c);
    for (QChartView *view : {m_lossView, m_deadView, m_fitView})
        view->setBackgroundBrush(c.chartBackground);
    for (QLineSeries *series : {m_lossLeaky, m_deadLeaky, m_fitLeaky})
        series->setPen(leaky_relu_pen(c));
    for (QLineSeries *series : {m_lossRelu, m_deadRelu, m_fitRelu})
        series->setPen(relu_pen(c));
    QColor dataColor = c.mutedText;
    dataColor.setAlphaF(0.55f);
    m_data->setColor(dataColor);
    m_data->setBorderColor(Qt::transparent);
}

} // namespace lre::ui
