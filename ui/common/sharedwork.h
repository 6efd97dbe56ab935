// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace lre::ui {

// Runs every task once, on this thread and on one helper thread kept for the process, and
// returns when all are done. Each thread takes the next task not yet taken, so a helper that is
// slow to wake (every core busy) leaves them all to this thread rather than making it wait. Tasks
// must touch nothing but their own part of the work, and must not throw: a task that throws ends
// the program, as it would leave the other thread working on what the caller then frees.
void share_work(std::vector<std::function<void()>> tasks);

// Whether this process may run on more than one core: only then is there a helper to share with.
bool can_share_work();

} // namespace lre::ui
