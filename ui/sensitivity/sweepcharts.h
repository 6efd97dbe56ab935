// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include "medianband.h"
#include "sweep.h"

#include <QWidget>

#include <array>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;

namespace lre::ui {

class StagedUpdates;

// The sweep's three charts against the learning rate (log scale) or alpha: the median final loss
// with its interquartile band (log scale), the median dead fraction with its band, and the runs
// that diverged. ReLU dashed and Leaky ReLU solid in the explorer's colours; a learned-alpha
// (PReLU) network, when the sweep runs one, dash-dot in its own colour, with a fourth chart of
// where its alpha ended (median and middle half over the seeds, the explorer's alpha marked).
// Diverged runs are counted on their own chart, never drawn as losses.
class SweepCharts final : public QWidget {
    Q_OBJECT

public:
    explicit SweepCharts(QWidget *parent = nullptr);

    // Empty series and the starting axes for this sweep's grid (steps still due are dropped).
    void configure(const SweepSpec &spec);
    // Every chart shows summary now.
    void showSummary(const SweepSummary &summary);
    // The same, one chart now and one more every kStepMs, so the window lays out and paints one
    // chart at a time between them instead of all in one turn of the event loop; a newer summary
    // replaces one still being shown. caughtUp() once every chart shows the latest.
    void showSummaryInSteps(const SweepSummary &summary);
    bool isCaughtUp() const;
    // The steps still due, now.
    void catchUp();
    void applyTheme(Theme theme);

    static constexpr int kStepMs = 4;

    QChart *lossChart() const { return m_charts[0]; }
    QChart *deadChart() const { return m_charts[1]; }
    QChart *divergedChart() const { return m_charts[2]; }
    QChart *alphaChart() const { return m_charts[3]; }
    QAbstractSeries *findSeries(const QString &objectName) const;

signals:
    void caughtUp();

private:
    struct Network {
        MedianBand loss;
        MedianBand dead;
        QLineSeries *diverged = nullptr;
    };

    QAbstractAxis *makeXAxis(int chart);
    void build(const SweepSpec &spec);
    void clear();
    unsigned chartsInUse() const;
    void showChart(int chart);
    void showLoss(Network &network, const std::vector<SweepPoint> &points);
    void showDead(Network &network, const std::vector<SweepPoint> &points);
    void showDiverged(Network &network, const std::vector<SweepPoint> &points);
    void showLossAxis();
    void showLearnedAlpha(const std::vector<SweepPoint> &points);
    double xOf(std::size_t index, double value) const;
    void styleNetwork(Network &network, const QPen &pen);

    Theme m_theme = Theme::Light;
    bool m_built = false;
    SweepSpec m_spec;
    std::array<QChartView *, 4> m_views{};
    std::array<QChart *, 4> m_charts{};
    Network m_relu;
    Network m_leaky;
    Network m_prelu;
    MedianBand m_learnedAlpha;
    QLineSeries *m_alphaStart = nullptr; // where the learned runs started: the explorer's alpha
    QScatterSeries *m_reluMark = nullptr; // alpha sweep: alpha 0 is ReLU
    SweepSummary m_summary;  // what the charts show, or are being brought to
    StagedUpdates *m_staging = nullptr; // a chart at a time to m_summary
};

} // namespace lre::ui
