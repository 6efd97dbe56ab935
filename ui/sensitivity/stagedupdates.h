// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace lre::ui {

// Parts of a view (up to 32) brought up to date one at a time, one part now and one more every
// interval, so that the window lays out and paints one part per turn of its event loop instead
// of all of them in one turn. Parts marked again before their turn are updated once.
class StagedUpdates final : public QObject {
    Q_OBJECT

public:
    // update(part) brings one part up to date.
    StagedUpdates(int parts, int intervalMs, std::function<void(int)> update, QObject *parent = nullptr);

    // These parts are out of date: update them now, all of them ...
    void updateNow(unsigned parts);
    // ... or one a step.
    void updateInSteps(unsigned parts);
    // What is still due, now.
    void catchUp();
    // Forgets what is due (nothing to show any more); true if anything was.
    bool drop();
    bool isCaughtUp() const { return m_due == 0; }

signals:
    void caughtUp();

private:
    void step();

    int m_parts;
    std::function<void(int)> m_update;
    unsigned m_due = 0; // a bit per part
    int m_next = 0;     // where the next step starts looking
    QTimer m_step;
};

} // namespace lre::ui
