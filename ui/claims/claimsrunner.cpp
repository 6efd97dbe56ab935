// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsrunner.h"

#include <QCoreApplication>

namespace lre::ui {

ClaimsRunner::ClaimsRunner(QObject *parent)
    : QObject(parent)
{
    m_take.setInterval(kTakeIntervalMs);
    connect(&m_take, &QTimer::timeout, this, &ClaimsRunner::take);
}

ClaimsRunner::~ClaimsRunner()
{
    for (Worker &worker : m_workers)
        worker.thread.request_stop();
    m_workers.clear(); // joins: each stops within a block of trials, an epoch or a lab run
}

void ClaimsRunner::start(double alpha, int bornDeadTrials)
{
    cancel();
    joinFinishedWorkers();
    m_running = true;
    m_report = ClaimsReport{};
    m_report.alpha = alpha;
    m_report.labParams.lab.alpha = alpha;
    const std::string version = QCoreApplication::applicationVersion().toStdString();
    auto box = std::make_shared<Box>();
    m_workers.push_back({box, std::jthread([box, alpha, bornDeadTrials, version](std::stop_token stop) {
                             run_claims_report(alpha, version, bornDeadTrials,
                                               [stop] { return !stop.stop_requested(); },
                                               [&](ClaimsStage stage, const ClaimsReport &report) {
                                                   if (stop.stop_requested())
                                                       return;
                                                   const std::lock_guard lock(box->mutex);
                                                   box->stages.emplace_back(stage, report);
                                               });
                             const std::lock_guard lock(box->mutex);
                             box->done = true;
                         })});
    m_take.start();
}

void ClaimsRunner::cancel()
{
    for (Worker &worker : m_workers)
        worker.thread.request_stop();
    m_running = false;
}

void ClaimsRunner::joinFinishedWorkers()
{
    // Only threads that are done, so joining them returns at once; the current run's stays
    // until take() has had its last stage.
    const Box *current = m_running && !m_workers.empty() ? m_workers.back().box.get() : nullptr;
    std::erase_if(m_workers, [current](const Worker &worker) {
        if (worker.box.get() == current)
            return false;
        const std::lock_guard lock(worker.box->mutex);
        return worker.box->done;
    });
}

void ClaimsRunner::take()
{
    if (m_running && !m_workers.empty()) {
        const std::shared_ptr<Box> taking = m_workers.back().box;
        Box &box = *taking;
        std::vector<std::pair<ClaimsStage, ClaimsReport>> stages;
        bool done = false;
        {
            const std::lock_guard lock(box.mutex);
            stages.swap(box.stages);
            done = box.done;
        }
        for (auto &[stage, report] : stages) {
            m_report = std::move(report);
            const bool last = stage == ClaimsStage::Sensitivity;
            if (last)
                m_running = false;
            emit stageFinished(stage);
            if (last) {
                emit finished();
                break;
            }
            // A receiver may have started another run: this one's stages are no longer wanted.
            if (!m_running || m_workers.back().box != taking)
                break;
        }
        if (done && m_running && m_workers.back().box == taking)
            m_running = false; // ended without its last stage (cancelled inside the core)
    }
    joinFinishedWorkers();
    if (!m_running && m_workers.empty())
        m_take.stop();
}

} // namespace lre::ui
