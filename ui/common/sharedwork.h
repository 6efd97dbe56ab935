// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace lre::ui {

// Runs every task once, on this thread and on one helper thread kept for the process, and
// returns when all are done. Each thread takes the next task not yet taken, so a helper that is
// slow to wake (every core busy) leaves them all to this thread rather than making it wait. Tasks
// must not touch anything but their own part of the work.
void share_work(std::vector<std::function<void()>> tasks);

} // namespace lre::ui
