// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

namespace lre::ui {

struct SharedTasks;

// Runs every task once, on this thread and on one helper thread kept for the process, and
// returns when all are done. Each thread takes the next task not yet taken, so a helper that is
// slow to wake (every core busy) leaves them all to this thread rather than making it wait. Tasks
// must touch nothing but their own part of the work, and must not throw: a task that throws ends
// the program, as it would leave the other thread working on what the caller then frees. The
// helper may let go of the tasks after this returns, destroying them there: they should hold
// pointers and references only (no Qt image, pixmap or font of their own).
void share_work(std::vector<std::function<void()>> tasks);

// Whether this process may run on more than one core: only then is there a helper to share with.
bool can_share_work();

// One task handed to the helper thread now, for this thread to go on with other work meanwhile:
// finish() returns once it is done, and runs it here if the helper has not taken it (or there is
// no helper). Destroying a pending task finishes it. The same rules as share_work's tasks.
class HandedTask final {
public:
    HandedTask() = default;
    explicit HandedTask(std::function<void()> task);
    ~HandedTask();
    HandedTask(HandedTask &&other) noexcept = default;
    HandedTask &operator=(HandedTask &&other) noexcept;
    HandedTask(const HandedTask &) = delete;
    HandedTask &operator=(const HandedTask &) = delete;

    bool pending() const { return m_work != nullptr; }
    void finish();

private:
    std::shared_ptr<SharedTasks> m_work;
};

} // namespace lre::ui
