// SPDX-License-Identifier: GPL-3.0-or-later
#include "labrunner.h"

#include <exception>
#include <utility>

namespace lre::ui {

LabRunner::LabRunner(QObject *parent)
    : QObject(parent)
{
    m_take.setInterval(static_cast<int>(kBatchInterval.count()));
    connect(&m_take, &QTimer::timeout, this, &LabRunner::take);
}

LabRunner::~LabRunner() = default;

bool LabRunner::start(const LabParams &params)
{
    if (validate_lab_params(params))
        return false;
    cancel();
    m_workers.joinFinished(false);
    m_records.clear();
    m_records.reserve(static_cast<std::size_t>(params.epochs) + 1);
    m_running = true;
    m_workers.start([params](std::stop_token stop, WorkerThreads<Left>::Outbox &outbox) { work(stop, params, outbox); });
    m_take.start();
    // The first records go out at once, so the charts start moving with no wait.
    QTimer::singleShot(0, this, &LabRunner::take);
    return true;
}

void LabRunner::cancel()
{
    m_workers.stopAll();
    m_running = false;
}

// On the worker thread: touches nothing but its outbox.
void LabRunner::work(std::stop_token stop, const LabParams &params, WorkerThreads<Left>::Outbox &outbox)
{
    std::shared_ptr<const LabResult> shared;
    try {
        LabResult result = run_lab(params, [&](const LabRecord &record) {
            if (stop.stop_requested())
                return false;
            outbox.put([&](Left &left) { left.records.push_back(record); });
            return true;
        });
        if (!stop.stop_requested())
            shared = std::make_shared<const LabResult>(std::move(result));
    } catch (const std::exception &) {
        // Out of memory for the largest networks: the run ends with no result.
    }
    outbox.putLast([&](Left &left) { left.result = std::move(shared); });
}

void LabRunner::take()
{
    if (m_running && !m_workers.empty()) {
        Left left;
        const bool done = m_workers.takeCurrent(left);
        m_records.insert(m_records.end(), left.records.begin(), left.records.end());
        if (!left.records.empty())
            emit recordsAdded();
        if (done) {
            m_result = std::move(left.result);
            m_running = false;
            emit finished();
        }
    }
    // The current run's thread stays until take() has its last records and its result.
    m_workers.joinFinished(m_running);
    if (!m_running && m_workers.empty())
        m_take.stop();
}

} // namespace lre::ui
