// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include "lab.h"

#include <QWidget>

#include <span>

class QAbstractSeries;
class QChart;
class QChartView;
class QGridLayout;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

class QPainter;

namespace lre::ui {

// The lab's charts: training loss per epoch (log scale), the fraction of dead hidden units per
// epoch, and, once a run ends, the fitted functions over the training data. ReLU is dashed and
// Leaky ReLU solid in the explorer's colours, so the two tabs read alike. With a learned-alpha
// (PReLU) network a fourth chart shows its alpha per epoch (a per-unit network's mean, and at
// the end each unit's alpha as a strip of points) against the explorer's alpha.
class LabCharts final : public QWidget {
    Q_OBJECT

public:
    explicit LabCharts(QWidget *parent = nullptr);

    // Empties the curves for a new run and scales the epoch axes to its length.
    void beginRun(const LabParams &params, const LabData &data);
    // Redraws the per-epoch curves from all records so far (each call replaces every point).
    void showRecords(std::span<const LabRecord> records);
    void showFit(const LabNetwork &relu, const LabNetwork &leaky, const LabNetwork *prelu = nullptr);
    void applyTheme(Theme theme);
    Theme colorTheme() const { return m_theme; }

    QChart *lossChart() const { return m_lossChart; }
    QChart *deadChart() const { return m_deadChart; }
    QChart *fitChart() const { return m_fitChart; }
    QChart *alphaChart() const { return m_alphaChart; }
    bool showsLearnedAlpha() const { return m_prelu != PreluMode::Off; }
    QLogValueAxis *lossAxis() const { return m_lossAxis; }
    QValueAxis *fitYAxis() const { return m_fitY; }
    QAbstractSeries *findSeries(const QString &objectName) const;

    // Long runs are drawn from buckets of stride records: each bucket's lowest and highest value,
    // in epoch order (and the first and last record), so no spike is skipped and no curve holds
    // more than about kMaxPoints points however many epochs run: a plot a few hundred pixels wide
    // shows the same envelope, and a frame while a run streams in stays short.
    static constexpr int kMaxPoints = 800;
    static int strideFor(int epochs);
    // A log axis cannot show 0: a loss below the floor is drawn at it. A run that blows up
    // climbs to the ceiling and stops there, so the axis never spans hundreds of decades.
    static constexpr double kLossFloor = 1e-12;
    static constexpr double kLossCeiling = 1e6;

private:
    void placeCharts();
    void widenAlphaAxis(double low, double high);

    Theme m_theme = Theme::Light;
    int m_stride = 1;
    PreluMode m_prelu = PreluMode::Off;
    double m_alphaLow = 0.0;
    double m_alphaHigh = 0.0;
    QGridLayout *m_grid = nullptr;
    QChartView *m_lossView = nullptr;
    QChartView *m_deadView = nullptr;
    QChartView *m_fitView = nullptr;
    QChartView *m_alphaView = nullptr;
    QChart *m_lossChart = nullptr;
    QChart *m_deadChart = nullptr;
    QChart *m_fitChart = nullptr;
    QChart *m_alphaChart = nullptr;
    QValueAxis *m_lossEpochs = nullptr;
    QLogValueAxis *m_lossAxis = nullptr;
    QValueAxis *m_deadEpochs = nullptr;
    QValueAxis *m_deadAxis = nullptr;
    QValueAxis *m_fitX = nullptr;
    QValueAxis *m_fitY = nullptr;
    QValueAxis *m_alphaEpochs = nullptr;
    QValueAxis *m_alphaAxis = nullptr;
    QLineSeries *m_lossRelu = nullptr;
    QLineSeries *m_lossLeaky = nullptr;
    QLineSeries *m_deadRelu = nullptr;
    QLineSeries *m_deadLeaky = nullptr;
    QScatterSeries *m_data = nullptr;
    QLineSeries *m_fitRelu = nullptr;
    QLineSeries *m_fitLeaky = nullptr;
    QLineSeries *m_lossPrelu = nullptr;
    QLineSeries *m_deadPrelu = nullptr;
    QLineSeries *m_fitPrelu = nullptr;
    QLineSeries *m_learnedAlpha = nullptr;
    QLineSeries *m_explorerAlpha = nullptr;
    QScatterSeries *m_unitAlphas = nullptr;
};

} // namespace lre::ui
