// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// LRE_VECTOR_CLONES: wider vectors where the processor has them, chosen once at load time
// (GCC and clang on glibc). Not under a sanitizer: an ifunc resolver runs before the sanitizer's
// runtime is set up. Neither clone fuses a multiply and an add, so both give the same numbers.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LRE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define LRE_SANITIZED 1
#endif
#endif

#if defined(__x86_64__) && defined(__gnu_linux__) && !defined(LRE_SANITIZED)
#define LRE_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
// The same with an AVX-512 clone too, for code written in eight-wide vectors.
#define LRE_WIDE_VECTOR_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define LRE_VECTOR_CLONES
#define LRE_WIDE_VECTOR_CLONES
#endif
