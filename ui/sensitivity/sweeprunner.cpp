// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeprunner.h"

namespace lre::ui {


SweepRunner::SweepRunner(QObject *parent)
    : QObject(parent)
{
    m_delivery.setInterval(kDeliveryIntervalMs);
    connect(&m_delivery, &QTimer::timeout, this, &SweepRunner::deliver);
}

SweepRunner::~SweepRunner()
{
    for (Job &job : m_jobs)
        job.shared->cancel = true;
    m_jobs.clear(); // joins each thread; every one stops within an epoch
}

bool SweepRunner::start(const SweepSpec &spec)
{
    if (validate_sweep(spec))
        return false;
    cancel();
    joinFinishedJobs();
    m_result = SweepResult{};
    m_result.spec = spec;
    m_result.runs.resize(sweep_run_count(spec));
    auto shared = std::make_shared<Shared>();
    std::jthread thread([shared, spec] {
        // Below the GUI thread's priority, so the window paints on time with every core busy.
        run_sweep_yielding(
            spec,
            [shared](std::size_t index, const SweepRun &run) {
                const std::lock_guard lock(shared->mutex);
                shared->delivered.emplace_back(index, run);
            },
            &shared->cancel);
        shared->done = true;
    });
    m_jobs.push_back({shared, std::move(thread)});
    m_running = true;
    m_delivery.start();
    emit progressed(0, m_result.runs.size());
    return true;
}

void SweepRunner::cancel()
{
    if (!m_running)
        return;
    m_jobs.back().shared->cancel = true;
    m_running = false;
    m_result.cancelled = true;
    emit finished(true);
}

void SweepRunner::joinFinishedJobs()
{
    // Only threads that are done, so joining them returns at once; the current one stays until
    // its last runs are taken.
    const Shared *current = m_running ? m_jobs.back().shared.get() : nullptr;
    std::erase_if(m_jobs, [current](const Job &job) { return job.shared->done && job.shared.get() != current; });
}

void SweepRunner::deliver()
{
    if (m_running) {
        Shared &shared = *m_jobs.back().shared;
        const bool done = shared.done; // read before taking the runs: every run it reported is in
        std::vector<std::pair<std::size_t, SweepRun>> batch;
        {
            const std::lock_guard lock(shared.mutex);
            batch.swap(shared.delivered);
        }
        for (auto &[index, run] : batch)
            m_result.runs[index] = std::move(run);
        if (!batch.empty() || done)
            emit progressed(m_result.completed(), m_result.runs.size());
        if (done) {
            m_running = false;
            emit finished(false);
        }
    }
    joinFinishedJobs();
    if (!m_running && m_jobs.empty())
        m_delivery.stop();
}

} // namespace lre::ui
