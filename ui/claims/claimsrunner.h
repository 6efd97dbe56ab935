// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimsreport.h"
#include "workerthreads.h"

#include <QObject>
#include <QTimer>

#include <utility>
#include <vector>

namespace lre::ui {

// Runs the claims' experiments (core/claims) on a thread of its own. The worker leaves each
// finished stage in a box guarded by a mutex; a timer on the GUI thread takes them, so every
// hand-over is one the thread sanitizer can check. Starting again cancels the run in progress
// without the GUI waiting for it; what a cancelled run still leaves is never taken.
class ClaimsRunner final : public QObject {
    Q_OBJECT

public:
    explicit ClaimsRunner(QObject *parent = nullptr);
    ~ClaimsRunner() override;

    void start(double alpha, int bornDeadTrials = born_dead_limits::kDefaultTrials);
    void cancel();
    bool isRunning() const { return m_running; }
    // What has arrived so far of the current (or last) run.
    const ClaimsReport &report() const { return m_report; }

    static constexpr int kTakeIntervalMs = 50;

signals:
    void stageFinished(lre::ClaimsStage stage);
    void finished();

private:
    using Stages = std::vector<std::pair<ClaimsStage, ClaimsReport>>;

    void take();

    WorkerThreads<Stages> m_workers;
    bool m_running = false;
    ClaimsReport m_report;
    QTimer m_take;
};

} // namespace lre::ui
