// SPDX-License-Identifier: GPL-3.0-or-later
#include "alphasweep.h"

#include <algorithm>
#include <cmath>

namespace lre::ui {

AlphaSweep::AlphaSweep(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &AlphaSweep::tick);
}

double AlphaSweep::alphaAt(double phaseStart, double elapsedSeconds, double periodSeconds)
{
    // phase in [0, 1): 0 -> alpha 0, 0.5 -> alpha 1, back to 0 at 1.
    const double phase = std::fmod(phaseStart + elapsedSeconds / periodSeconds, 1.0);
    return phase < 0.5 ? 2.0 * phase : 2.0 - 2.0 * phase;
}

void AlphaSweep::start(double fromAlpha)
{
    m_phaseStart = std::clamp(fromAlpha, 0.0, 1.0) / 2.0;
    m_clock.start();
    if (!m_timer.isActive()) {
        m_timer.start();
        emit runningChanged(true);
    }
}

void AlphaSweep::stop()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        emit runningChanged(false);
    }
}

void AlphaSweep::setPeriodSeconds(double seconds)
{
    if (!(seconds > 0.0) || !std::isfinite(seconds))
        return;
    if (isRunning()) {
        // Keep the current alpha when the speed changes mid-sweep.
        m_phaseStart = std::fmod(m_phaseStart + m_clock.elapsed() / 1000.0 / m_periodSeconds, 1.0);
        m_clock.start();
    }
    m_periodSeconds = seconds;
}

void AlphaSweep::tick()
{
    emit alphaChanged(alphaAt(m_phaseStart, m_clock.elapsed() / 1000.0, m_periodSeconds));
}

} // namespace lre::ui
