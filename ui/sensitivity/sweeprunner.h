// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"
#include "workerthreads.h"

#include <QObject>
#include <QTimer>

#include <utility>
#include <vector>

namespace lre::ui {

// Runs a sweep on a thread of its own (which spreads the runs over every core) and hands the
// finished runs to the GUI thread every few tens of milliseconds, so the window keeps painting.
// Starting a sweep cancels the one going: it stops within an epoch, nothing it still reports is
// taken, and its thread is joined once done, never by blocking the GUI thread.
class SweepRunner final : public QObject {
    Q_OBJECT

public:
    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override;

    // spec must be valid (validate_sweep); an invalid one is refused and nothing starts.
    bool start(const SweepSpec &spec);
    void cancel();
    bool isRunning() const { return m_running; }
    // The runs that have reached the GUI thread, in sweep order (empty where not yet done).
    const SweepResult &result() const { return m_result; }

    static constexpr int kDeliveryIntervalMs = 50;

signals:
    void progressed(std::size_t completed, std::size_t total);
    void finished(bool cancelled);

private:
    using Delivered = std::vector<std::pair<std::size_t, SweepRun>>;

    void deliver();

    WorkerThreads<Delivered> m_workers;
    SweepResult m_result;
    bool m_running = false;
    QTimer m_delivery;
};

} // namespace lre::ui
