// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace lre::app {

// For --measure-startup: at the window's first paint, prints the wall-clock time (so a script
// that noted when it started the process can subtract) and the time since main() began, then quits.
class StartupProbe final : public QObject {
    Q_OBJECT

public:
    StartupProbe(QWidget *painted, qint64 mainEnteredNs, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 m_mainEnteredNs;
    bool m_reported = false;
};

qint64 wall_clock_ns();

} // namespace lre::app
