// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "lab.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace lre::ui {

class LabCharts;
class LabControls;
class LabRunner;

// The dying-ReLU lab, a page of its own: the same small network trained twice side by side, once
// with ReLU and once with Leaky ReLU at the explorer's alpha, so a person sees units die under
// ReLU and come back under Leaky ReLU. Training runs off the GUI thread and the charts grow while
// it runs. While the page is hidden a change only marks the run as due; it starts when shown,
// so sweeping alpha on another tab costs nothing.
class DyingReluPage final : public Page {
    Q_OBJECT

public:
    explicit DyingReluPage(QWidget *parent = nullptr);
    ~DyingReluPage() override;

    const LabParams &params() const { return m_params; }
    // Brings each value into its range (as the controls show it), syncs the controls and
    // re-runs when anything changed.
    void setParams(const LabParams &params);

    bool isRunning() const;
    // The records of the current or last run that the charts show.
    const std::vector<LabRecord> &records() const;
    // The last finished run (nullptr before the first one ends, or if it failed).
    std::shared_ptr<const LabResult> result() const;

    LabCharts *charts() const { return m_charts; }

    QString title() const override;
    void applyTheme(Theme theme) override;
    // The lab's defaults (with the learned network, one alpha for all units); alpha stays the
    // explorer's.
    void resetToDefaults() override;
    // The learned network's choices; a stored value that is not one of them is ignored.
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;
    // The window's defaults: the command line's, with the learned network on.
    static LabParams windowDefaults();
    // The three charts as PNG, JPEG, SVG or PDF at their size on screen; the records as CSV.
    ExportOptions exportOptions() const override;
    ExportResult exportTo(const ExportChoice &choice) override;
    QImage image(int scale) override;

public slots:
    // The explorer's alpha: re-runs the lab with it, cancelling a run in progress.
    void setAlpha(double alpha);
    // Runs the current parameters again from the start.
    void rerun();

signals:
    // "Use learned α": where the last run's learned alpha ended (a per-unit network's mean).
    void learnedAlphaChosen(double alpha);
    void runStarted();
    // Records up to this epoch have reached the charts.
    void progressed(int epoch);
    // A run ended (including one whose loss blew up); a cancelled run never reports.
    void runFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void connectControls();
    void startRun() override;
    void cancelRun() override;
    void onRecordsAdded();
    void onRunFinished();
    void showStatus(const QString &text, bool warning);
    Drawing chartsDrawing();
    void applyParams(const LabParams &requested, bool show);
    void showParams();
    QString learnedSummary(const LabResult &result) const;

    LabParams m_params;
    bool m_paramsShown = true; // the controls and the α label show m_params
    bool m_statusWarning = false;

    LabRunner *m_runner = nullptr;
    LabCharts *m_charts = nullptr;
    LabControls *m_controls = nullptr;
    QLabel *m_alphaLabel = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lre::ui
