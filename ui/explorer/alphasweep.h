// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace lre::ui {

// Sweeps alpha back and forth over [0, 1] (a triangle wave) with a given period, starting from
// the current alpha so that pressing Play never makes the curve jump.
class AlphaSweep final : public QObject {
    Q_OBJECT

public:
    explicit AlphaSweep(QObject *parent = nullptr);

    void start(double fromAlpha);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    void setPeriodSeconds(double seconds);
    double periodSeconds() const { return m_periodSeconds; }

    // The alpha at a time into the sweep; public so tests can check the wave without waiting.
    static double alphaAt(double phaseStart, double elapsedSeconds, double periodSeconds);

signals:
    void alphaChanged(double alpha);
    void runningChanged(bool running);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_periodSeconds = 4.0;
    double m_phaseStart = 0.0;
};

} // namespace lre::ui
