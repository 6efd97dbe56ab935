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

// Joins every thread: each stops within a block of trials, an epoch or a lab run.
ClaimsRunner::~ClaimsRunner() = default;

void ClaimsRunner::start(double alpha, int bornDeadTrials)
{
    cancel();
    m_workers.joinFinished(false);
    m_running = true;
    m_report = ClaimsReport{};
    m_report.alpha = alpha;
    m_report.labParams.lab.alpha = alpha;
    const std::string version = QCoreApplication::applicationVersion().toStdString();
    m_workers.start([alpha, bornDeadTrials, version](std::stop_token stop, WorkerThreads<Stages>::Outbox &outbox) {
        run_claims_report(alpha, version, bornDeadTrials, [stop] { return !stop.stop_requested(); },
                          [&](ClaimsStage stage, const ClaimsReport &report) {
                              if (!stop.stop_requested())
                                  outbox.put([&](Stages &stages) { stages.emplace_back(stage, report); });
                          });
    });
    m_take.start();
}

void ClaimsRunner::cancel()
{
    m_workers.stopAll();
    m_running = false;
}

void ClaimsRunner::take()
{
    if (m_running && !m_workers.empty()) {
        const std::uint64_t taking = m_workers.started();
        Stages stages;
        const bool done = m_workers.takeCurrent(stages);
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
            if (!m_running || m_workers.started() != taking)
                break;
        }
        if (done && m_running && m_workers.started() == taking)
            m_running = false; // ended without its last stage (cancelled inside the core)
    }
    // The current run's thread stays until take() has had its last stage.
    m_workers.joinFinished(m_running);
    if (!m_running && m_workers.empty())
        m_take.stop();
}

} // namespace lre::ui
