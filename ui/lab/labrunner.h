// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace lre::ui {

// Runs the lab on a thread of its own. The worker leaves its records in a box guarded by a
// mutex; a timer on the GUI thread takes them in batches, so the window keeps painting and every
// hand-over is one the thread sanitizer can check. Starting a run cancels the one in progress:
// its thread winds down at its next epoch without the GUI waiting for it, and nothing it still
// leaves is taken (each run has a box of its own).
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
    struct Box {
        std::mutex mutex;
        std::vector<LabRecord> records;
        std::shared_ptr<const LabResult> result;
        bool done = false;
    };
    struct Worker {
        std::shared_ptr<Box> box;
        std::jthread thread;
    };

    static void work(std::stop_token stop, const LabParams &params, Box &box);
    void take();
    void joinFinishedWorkers();

    std::vector<Worker> m_workers; // the current run's last; earlier ones are cancelled
    bool m_running = false;
    std::vector<LabRecord> m_records;
    std::shared_ptr<const LabResult> m_result;
    QTimer m_take;
};

} // namespace lre::ui
