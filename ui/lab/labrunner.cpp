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

LabRunner::~LabRunner()
{
    // Stops and joins every thread; what they left and nobody took goes with the boxes.
    m_workers.clear();
}

bool LabRunner::start(const LabParams &params)
{
    if (validate_lab_params(params))
        return false;
    cancel();
    joinFinishedWorkers();
    m_records.clear();
    m_records.reserve(static_cast<std::size_t>(params.epochs) + 1);
    m_running = true;
    auto box = std::make_shared<Box>();
    m_workers.push_back({box, std::jthread([params, box](std::stop_token stop) { work(stop, params, *box); })});
    m_take.start();
    // The first records go out at once, so the charts start moving with no wait.
    QTimer::singleShot(0, this, &LabRunner::take);
    return true;
}

void LabRunner::cancel()
{
    for (Worker &worker : m_workers)
        worker.thread.request_stop();
    m_running = false;
}

void LabRunner::joinFinishedWorkers()
{
    // Only threads that are done, so joining them returns at once; the current run's stays
    // until take() has its last records and its result.
    const Box *current = m_running ? m_workers.back().box.get() : nullptr;
    std::erase_if(m_workers, [current](const Worker &worker) {
        if (worker.box.get() == current)
            return false;
        const std::lock_guard lock(worker.box->mutex);
        return worker.box->done;
    });
}

// On the worker thread: touches nothing but its box.
void LabRunner::work(std::stop_token stop, const LabParams &params, Box &box)
{
    std::shared_ptr<const LabResult> shared;
    try {
        LabResult result = run_lab(params, [&](const LabRecord &record) {
            if (stop.stop_requested())
                return false;
            const std::lock_guard lock(box.mutex);
            box.records.push_back(record);
            return true;
        });
        if (!stop.stop_requested())
            shared = std::make_shared<const LabResult>(std::move(result));
    } catch (const std::exception &) {
        // Out of memory for the largest networks: the run ends with no result.
    }
    const std::lock_guard lock(box.mutex);
    box.result = std::move(shared);
    box.done = true;
}

void LabRunner::take()
{
    if (m_running && !m_workers.empty()) {
        Box &box = *m_workers.back().box;
        std::vector<LabRecord> batch;
        bool done = false;
        std::shared_ptr<const LabResult> result;
        {
            const std::lock_guard lock(box.mutex);
            batch.swap(box.records);
            done = box.done;
            result = box.result;
        }
        m_records.insert(m_records.end(), batch.begin(), batch.end());
        if (!batch.empty())
            emit recordsAdded();
        if (done) {
            m_result = std::move(result);
            m_running = false;
            emit finished();
        }
    }
    joinFinishedWorkers();
    if (!m_running && m_workers.empty())
        m_take.stop();
}

} // namespace lre::ui
