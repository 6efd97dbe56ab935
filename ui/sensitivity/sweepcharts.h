// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

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

    // New axes and empty series for this sweep's grid.
    void configure(const SweepSpec &spec);
    void showSummary(const SweepSummary &summary);
    void applyTheme(Theme theme);

    QChart *lossChart() const { return m_charts[0]; }
    QChart *deadChart() const { return m_charts[1]; }
    QChart *divergedChart() const { return m_charts[2]; }
    QChart *alphaChart() const { return m_charts[3]; }
    QAbstractSeries *findSeries(const QString &objectName) const;

private:
    struct Band {
        QLineSeries *median = nullptr;
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
        QAreaSeries *area = nullptr;
    };
    struct Network {
        Band loss;
        Band dead;
        QLineSeries *diverged = nullptr;
    };

    QAbstractAxis *makeXAxis(int chart);
    Band addBand(int chart, const QString &name, const QString &objectName);
    void fill(Network &network, const std::vector<SweepPoint> &points);
    void showLearnedAlpha(const std::vector<SweepPoint> &points);
    double xOf(std::size_t index, double value) const;
    void styleNetwork(Network &network, const QPen &pen);

    Theme m_theme = Theme::Light;
    SweepSpec m_spec;
    std::array<QChartView *, 4> m_views{};
    std::array<QChart *, 4> m_charts{};
    Network m_relu;
    Network m_leaky;
    Network m_prelu;
    Band m_learnedAlpha;
    QLineSeries *m_alphaStart = nullptr; // where the learned runs started: the explorer's alpha
    QScatterSeries *m_reluMark = nullptr; // alpha sweep: alpha 0 is ReLU
};

} // namespace lre::ui
