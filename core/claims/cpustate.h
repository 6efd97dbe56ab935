// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lre {

// Code run before (Qt's, in the app) may leave the upper halves of the AVX registers dirty; plain
// SSE arithmetic then runs several times slower on recent x86 cores (measured in the app: the
// born-dead table 6x slower). Executes vzeroupper where the CPU has AVX; nothing elsewhere. Call
// it on a worker thread before a long computation.
void clear_upper_registers();

} // namespace lre
