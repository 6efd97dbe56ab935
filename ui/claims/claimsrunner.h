// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimsreport.h"

#include <QObject>

#include <atomic>
#include <list>
#include <memory>
#include <thread>

namespace lre::ui {

// Runs the claims' experiments (core/claims) on a thread of its own and hands each stage's
// results to the GUI thread as it finishes. Starting again cancels the run in progress without
// the GUI waiting for it; whatever a cancelled run still sends is dropped (generation numbers).
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

signals:
    void stageFinished(lre::ClaimsStage stage);
    void finished();

private:
    void receive(int generation, ClaimsStage stage, const ClaimsReport &report);

    struct Worker {
        std::jthread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::list<Worker> m_workers;
    int m_generation = 0;
    bool m_running = false;
    ClaimsReport m_report;
};

} // namespace lre::ui
