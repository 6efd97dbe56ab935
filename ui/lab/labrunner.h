// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"

#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

namespace lre::ui {

// Runs the lab on a thread of its own and hands the records to the GUI thread in batches, by
// queued calls, so the window keeps painting. Starting a run cancels the one in progress: its
// thread winds down at its next epoch without the GUI waiting for it, and nothing it still sends
// is taken (each run has a generation number).
class LabRunner final : public QObject {
    Q_OBJECT

public:
    explicit LabRunner(QObject *parent = nullptr);
    ~LabRunner() override;

    // params must be valid (validate_lab_params); invalid ones are refused and nothing starts.
    bool start(const LabParams &params);
    void cancel();

    bool isRunning() const { return m_running; }
    // The records of the current (or last) run that have reached the GUI thread so far.
    const std::vector<LabRecord> &records() const { return m_records; }
    // The last finished run; nullptr before the first one ends, or when the last one failed.
    std::shared_ptr<const LabResult> result() const { return m_result; }

    static constexpr std::chrono::milliseconds kBatchInterval{40};

signals:
    void recordsAdded();
    void finished();

private:
    struct Worker {
        std::jthread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };

    void work(std::stop_token stop, LabParams params, int generation);
    void receive(int generation, const std::vector<LabRecord> &batch);
    void complete(int generation, std::shared_ptr<const LabResult> result);
    void joinFinishedWorkers();

    std::vector<Worker> m_workers; // the current run's last; earlier ones are cancelled
    int m_generation = 0;
    bool m_running = false;
    std::vector<LabRecord> m_records;
    std::shared_ptr<const LabResult> m_result;
};

} // namespace lre::ui
