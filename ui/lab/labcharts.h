// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include "lab.h"

#include <QWidget>

#include <span>

class QAbstractSeries;
class QChart;
class QChartView;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

class QPainter;

namespace lre::ui {

// The lab's three charts: training loss per epoch (log scale), the fraction of dead hidden units
// per epoch, and, once a run ends, both fitted functions over the training data. ReLU is dashed
// and Leaky ReLU solid in the explorer's colours, so the two tabs read alike.
class LabCharts final : public QWidget {
    Q_OBJECT

public:
    explicit LabCharts(QWidget *parent = nullptr);

    // Empties the curves for a new run and scales the epoch axes to its length.
    void beginRun(const LabParams &params, const LabData &data);
    // Redraws the per-epoch curves from all records so far (each call replaces every point).
    void showRecords(std::span<const LabRecord> records);
    void showFit(const LabNetwork &relu, const LabNetwork &leaky);
    void applyTheme(Theme theme);
    Theme colorTheme() const { return m_theme; }

    QChart *lossChart() const { return m_lossChart; }
    QChart *deadChart() const { return m_deadChart; }
    QChart *fitChart() const { return m_fitChart; }
    QLogValueAxis *lossAxis() const { return m_lossAxis; }
    QValueAxis *fitYAxis() const { return m_fitY; }
    QAbstractSeries *findSeries(const QString &objectName) const;


    // Long runs are drawn from every stride-th record (and always the last), so that no curve
    // holds more than about kMaxPoints points however many epochs run.
    static constexpr int kMaxPoints = 2500;
    static int strideFor(int epochs);
    // A log axis cannot show 0: a loss below the floor is drawn at it. A run that blows up
    // climbs to the ceiling and stops there, so the axis never spans hundreds of decades.
    static constexpr double kLossFloor = 1e-12;
    static constexpr double kLossCeiling = 1e6;

private:
    Theme m_theme = Theme::Light;
    int m_stride = 1;
    QChartView *m_lossView = nullptr;
    QChartView *m_deadView = nullptr;
    QChartView *m_fitView = nullptr;
    QChart *m_lossChart = nullptr;
    QChart *m_deadChart = nullptr;
    QChart *m_fitChart = nullptr;
    QValueAxis *m_lossEpochs = nullptr;
    QLogValueAxis *m_lossAxis = nullptr;
    QValueAxis *m_deadEpochs = nullptr;
    QValueAxis *m_deadAxis = nullptr;
    QValueAxis *m_fitX = nullptr;
    QValueAxis *m_fitY = nullptr;
    QLineSeries *m_lossRelu = nullptr;
    QLineSeries *m_lossLeaky = nullptr;
    QLineSeries *m_deadRelu = nullptr;
    QLineSeries *m_deadLeaky = nullptr;
    QScatterSeries *m_data = nullptr;
    QLineSeries *m_fitRelu = nullptr;
    QLineSeries *m_fitLeaky = nullptr;
};

} // namespace lre::ui
