// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"
#include "workerthreads.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
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
    struct Left {
        std::vector<LabRecord> records;
        std::shared_ptr<const LabResult> result;
    };

    static void work(std::stop_token stop, const LabParams &params, WorkerThreads<Left>::Outbox &outbox);
    void take();

    WorkerThreads<Left> m_workers;
    bool m_running = false;
    std::vector<LabRecord> m_records;
    std::shared_ptr<const LabResult> m_result;
    QTimer m_take;
};

} // namespace lre::ui
