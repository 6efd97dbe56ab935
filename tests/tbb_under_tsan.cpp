// SPDX-License-Identifier: GPL-3.0-or-later
// Under ThreadSanitizer only: Debian's oneTBB is built without it, so TSan sees none of the
// synchronization inside TBB's scheduler and reports TBB's own bookkeeping as races. There TBB
// runs every task on the calling thread; every thread of ours (the lab runner, the sweep runner,
// the claims runner, their cancellation and their deliveries to the GUI thread) still runs
// concurrently and is checked.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#include <tbb/global_control.h>

namespace {
const tbb::global_control serialTbb(tbb::global_control::max_allowed_parallelism, 1);
} // namespace
#endif
#endif
