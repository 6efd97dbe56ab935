// SPDX-License-Identifier: GPL-3.0-or-later
#include "labrunner.h"

#include <QMetaObject>

#include <exception>
#include <utility>

namespace lre::ui {

LabRunner::LabRunner(QObject *parent)
    : QObject(parent)
{
}

LabRunner::~LabRunner()
{
    // Stops and joins every thread while this object can still receive their calls; what they
    // posted and nobody took is dropped with the object.
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
    const int generation = ++m_generation;
    auto done = std::make_shared<std::atomic<bool>>(false);
    m_workers.push_back({std::jthread([this, params, generation, done](std::stop_token stop) {
                             work(stop, params, generation);
                             done->store(true);
                         }),
                         done});
    return true;
}

void LabRunner::cancel()
{
    for (Worker &worker : m_workers)
        worker.thread.request_stop();
    ++m_generation;
    m_running = false;
}

void LabRunner::joinFinishedWorkers()
{
    std::erase_if(m_workers, [](const Worker &worker) { return worker.done->load(); });
}

// On the worker thread: touches nothing of this object but the queued calls it posts.
void LabRunner::work(std::stop_token stop, LabParams params, int generation)
{
    std::vector<LabRecord> batch;
    std::chrono::steady_clock::time_point lastPost{}; // the first record goes out at once
    const auto post = [&] {
        auto records = std::make_shared<const std::vector<LabRecord>>(std::move(batch));
        batch.clear();
        QMetaObject::invokeMethod(
            this, [this, generation, records] { receive(generation, *records); },
            Qt::QueuedConnection);
    };
    try {
        LabResult result = run_lab(params, [&](const LabRecord &record) {
            if (stop.stop_requested())
                return false;
            batch.push_back(record);
            const auto now = std::chrono::steady_clock::now();
            if (now - lastPost >= kBatchInterval) {
                post();
                lastPost = now;
            }
            return true;
        });
        if (stop.stop_requested())
            return;
        if (!batch.empty())
            post();
        auto shared = std::make_shared<const LabResult>(std::move(result));
        QMetaObject::invokeMethod(
            this, [this, generation, shared] { complete(generation, shared); }, Qt::QueuedConnection);
    } catch (const std::exception &) {
        // Out of memory for the largest networks: the run ends with no result.
        QMetaObject::invokeMethod(
            this, [this, generation] { complete(generation, nullptr); }, Qt::QueuedConnection);
    }
}

void LabRunner::receive(int generation, const std::vector<LabRecord> &batch)
{
    if (generation != m_generation)
        return;
    m_records.insert(m_records.end(), batch.begin(), batch.end());
    emit recordsAdded();
}

void LabRunner::complete(int generation, std::shared_ptr<const LabResult> result)
{
    if (generation != m_generation)
        return;
    m_result = std::move(result);
    m_running = false;
    joinFinishedWorkers();
    emit finished();
}

} // namespace lre::ui
