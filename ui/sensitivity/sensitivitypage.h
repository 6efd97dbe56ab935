// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include "sweep.h"

#include <QTimer>

class QLabel;

namespace lre::ui {

class SweepCharts;
class SweepControls;
class SweepRunner;

// Is Leaky ReLU less sensitive to hyperparameters? The lab's two networks (and a learned-alpha
// one, by choice) under a standard initialization over a grid of learning rates (or of alphas), many seeds a point, with medians,
// bands, the runs that diverged, and a summary computed from the numbers. Runs while shown,
// again when the explorer's alpha settles.
class SensitivityPage final : public Page {
    Q_OBJECT

public:
    explicit SensitivityPage(QWidget *parent = nullptr);
    ~SensitivityPage() override;

    // The learning-rate sweep at alpha with the learned-alpha network (shared) beside the two.
    static SweepSpec defaultSpec(double alpha);

    const SweepSpec &spec() const { return m_spec; }
    // Brings the spec into range and re-runs when it changed.
    void setSpec(const SweepSpec &spec);
    bool isRunning() const;
    const SweepResult &result() const;
    QString summary() const;
    SweepCharts *charts() const { return m_charts; }

    QString title() const override;
    void applyTheme(Theme theme) override;
    void resetToDefaults() override;
    ExportOptions exportOptions() const override;
    ExportResult exportTo(const ExportChoice &choice) override;
    QImage image(int scale) override;

    // How long alpha must stay still before a learning-rate sweep runs again with it.
    static constexpr int kAlphaSettleMs = 400;

public slots:
    void setAlpha(double alpha);
    void rerun();
    void cancel();

signals:
    // A finished sweep is announced once the charts show all of it.
    void sweepFinished(bool cancelled);

protected:

private:
    void startRun() override;
    void cancelRun() override;
    void onProgress(std::size_t completed, std::size_t total);
    void showSummaryText(const QString &text);
    Drawing chartsDrawing();

    SweepSpec m_spec;
    bool m_finishPending = false; // the sweep is done: sweepFinished waits for the charts
    QTimer m_alphaSettle;
    SweepRunner *m_runner = nullptr;
    SweepControls *m_controls = nullptr;
    SweepCharts *m_charts = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace lre::ui
