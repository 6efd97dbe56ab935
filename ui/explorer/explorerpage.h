// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "plotparams.h"

class QAction;
class QLabel;

namespace lre::ui {

class ActivationChart;
class AlphaSweep;
class ChartView;
class ExplorerControls;

// The explorer: Leaky ReLU and ReLU with their gradients, redrawn on every alpha step.
class ExplorerPage final : public Page {
    Q_OBJECT

public:
    explicit ExplorerPage(QWidget *parent = nullptr);

    const PlotParams &params() const { return m_params; }
    // Code for the current alpha in a framework of alpha_code_snippets ("PyTorch", "NumPy", …).
    QString codeFor(const QString &framework) const;
    bool isSweeping() const;

    // Each setter takes any value, keeps the state valid (clamping what it must) and brings every
    // control and the chart in line before it returns, so the chart repaints in this event-loop turn.
    void setAlpha(double alpha);
    void setXRange(double xMin, double xMax);
    void setShowGradients(bool show);
    void setZeroGradient(ZeroGradient convention);
    void setParams(const PlotParams &params);

    QString title() const override;
    void applyTheme(Theme theme) override;
    void resetToDefaults() override;
    ExportOptions exportOptions() const override;
    ExportResult exportTo(const ExportChoice &choice) override;
    QImage image(int scale) override;
    QList<PageAction> pageActions() const override;
    QWidget *statusWidget() const override;
    void holdStill() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;

    static constexpr double kAlphaStepsPerUnit = 1e4; // as the alpha box holds its values
    static constexpr double kXStepsPerUnit = 1e6;     // as the x boxes hold theirs

signals:
    void paramsChanged(const lre::PlotParams &params);
    void alphaChanged(double alpha);

private:
    void buildActions();
    void connectControls();
    PlotParams normalized(const PlotParams &requested) const;
    void applyParams(const PlotParams &requested);
    void toggleSweep();
    void onSweepAlpha(double alpha);
    void updateNote();
    void copyCode(const QString &framework);

    PlotParams m_params;
    bool m_sweepDriving = false;

    ActivationChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    AlphaSweep *m_sweep = nullptr;
    ExplorerControls *m_controls = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_hoverLabel = nullptr;
    QAction *m_gradientsAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_copyCodeAction = nullptr;
};

} // namespace lre::ui
