// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "plotparams.h"
#include "textvalues.h"

#include <optional>

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

    // Pinned alphas: reference curves that stay while alpha moves on (at most kMaxPins).
    const Pins &pins() const { return m_pins; }
    void setPins(const Pins &pins);
    void pinAlpha(); // pins the current alpha, unless it is pinned or no pin is free
    void unpin(int index);
    void clearPins();

    // View > Presentation (F5; Escape leaves): larger chart, fewer controls, full screen.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }

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
    void pinsChanged(const lre::Pins &pins);

private:
    void buildActions();
    void connectControls();
    PlotParams normalized(const PlotParams &requested) const;
    void applyParams(const PlotParams &requested);
    void toggleSweep();
    void onSweepAlpha(double alpha);
    void updateNote();
    void showHover();
    void copyCode(const QString &framework);

    PlotParams m_params;
    Pins m_pins;
    bool m_sweepDriving = false;
    bool m_presentation = false;

    ActivationChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    AlphaSweep *m_sweep = nullptr;
    ExplorerControls *m_controls = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_hoverLabel = nullptr;
    std::optional<double> m_hoverX; // the x under the mouse, while it is over the chart
    QAction *m_gradientsAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_copyCodeAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_leavePresentationAction = nullptr;
};

} // namespace lre::ui
