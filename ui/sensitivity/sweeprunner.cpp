// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeprunner.h"

#include <atomic>

namespace lre::ui {

SweepRunner::SweepRunner(QObject *parent)
    : QObject(parent)
{
    m_delivery.setInterval(kDeliveryIntervalMs);
    connect(&m_delivery, &QTimer::timeout, this, &SweepRunner::deliver);
}

SweepRunner::~SweepRunner() = default;

bool SweepRunner::start(const SweepSpec &spec)
{
    if (validate_sweep(spec))
        return false;
    cancel();
    m_workers.joinFinished(false);
    m_result = SweepResult{};
    m_result.spec = spec;
    m_result.runs.resize(sweep_run_count(spec));
    m_workers.start([spec](std::stop_token stop, WorkerThreads<Delivered>::Outbox &outbox) {
        std::atomic<bool> cancel{false};
        const std::stop_callback onStop(stop, [&cancel] { cancel = true; });
        // Below the GUI thread's priority, so the window paints on time with every core busy.
        run_sweep_yielding(
            spec,
            [&outbox](std::size_t index, const SweepRun &run) {
                outbox.put([&](Delivered &delivered) { delivered.emplace_back(index, run); });
            },
            &cancel);
    });
    m_running = true;
    m_delivery.start();
    emit progressed(0, m_result.runs.size());
    return true;
}

void SweepRunner::cancel()
{
    if (!m_running)
        return;
    m_workers.stopAll();
    m_running = false;
    m_result.cancelled = true;
    emit finished(true);
}

void SweepRunner::deliver()
{
    if (m_running) {
        Delivered batch;
        const bool done = m_workers.takeCurrent(batch); // every run it reported is in the batch
        for (auto &[index, run] : batch)
            m_result.runs[index] = std::move(run);
        if (!batch.empty() || done)
            emit progressed(m_result.completed(), m_result.runs.size());
        if (done) {
            m_running = false;
            emit finished(false);
        }
    }
    // The current sweep's thread stays until its last runs are taken.
    m_workers.joinFinished(m_running);
    if (!m_running && m_workers.empty())
        m_delivery.stop();
}

} // namespace lre::ui
