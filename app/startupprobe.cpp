// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace lre::app {

qint64 wall_clock_ns()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

StartupProbe::StartupProbe(QWidget *painted, qint64 mainEnteredNs, QObject *parent)
    : QObject(parent)
    , m_mainEnteredNs(mainEnteredNs)
{
    painted->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Let this paint finish first: the frame counts once it is drawn.
        QTimer::singleShot(0, this, [this] {
            const qint64 now = wall_clock_ns();
            std::printf("first_paint_epoch_ns=%lld since_main_ms=%.3f\n", static_cast<long long>(now),
                        static_cast<double>(now - m_mainEnteredNs) / 1e6);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lre::app
