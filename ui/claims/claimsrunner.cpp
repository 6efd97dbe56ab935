// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsrunner.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace lre::ui {

ClaimsRunner::ClaimsRunner(QObject *parent) : QObject(parent) {}

ClaimsRunner::~ClaimsRunner()
{
    for (Worker &worker : m_workers)
        worker.thread.request_stop();
    m_workers.clear(); // joins: each stops within a block of trials, an epoch or a lab run
}

void ClaimsRunner::start(double alpha, int bornDeadTrials)
{
    cancel();
    const int generation = ++m_generation;
    m_running = true;
    m_report = ClaimsReport{};
    m_report.alpha = alpha;
    m_report.labParams.lab.alpha = alpha;
    const std::string version = QCoreApplication::applicationVersion().toStdString();
    auto done = std::make_shared<std::atomic<bool>>(false);
    m_workers.push_back({std::jthread([this, generation, alpha, bornDeadTrials, version, done](std::stop_token stop) {
        run_claims_report(alpha, version, bornDeadTrials, [stop] { return !stop.stop_requested(); },
                          [&](ClaimsStage stage, const ClaimsReport &report) {
                              if (stop.stop_requested())
                                  return;
                              QMetaObject::invokeMethod(this, [this, generation, stage, report] {
                                  receive(generation, stage, report);
                              }, Qt::QueuedConnection);
                          });
        *done = true;
    }), done});
}

void ClaimsRunner::cancel()
{
    for (Worker &worker : m_workers)
        worker.thread.request_stop();
    // Threads that have finished are joined at once; the others on a later start or at the end.
    std::erase_if(m_workers, [](const Worker &w) { return w.done->load(); });
    ++m_generation;
    m_running = false;
}

void ClaimsRunner::receive(int generation, ClaimsStage stage, const ClaimsReport &report)
{
    if (generation != m_generation)
        return;
    m_report = report;
    const bool last = stage == ClaimsStage::Sensitivity;
    if (last)
        m_running = false;
    emit stageFinished(stage);
    if (last)
        emit finished();
}

} // namespace lre::ui
