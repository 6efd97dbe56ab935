// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpustate.h"

namespace lre {

namespace {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("avx"))) void clear_upper_registers_avx()
{
    __builtin_ia32_vzeroupper();
}

} // namespace

void clear_upper_registers()
{
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        clear_upper_registers_avx();
}
#else
} // namespace

void clear_upper_registers() {}
#endif

} // namespace lre
