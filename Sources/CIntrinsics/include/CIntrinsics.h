#ifndef VIGIL_CINTRINSICS_H
#define VIGIL_CINTRINSICS_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__ARM_NEON)
#include <arm_neon.h>
#endif

/// Asks the CPU to bring `count` bytes from `start` into its cache ahead of their use, one request per 64-byte
/// line. Swift has no prefetch of its own; this is the compiler builtin, inlined into the caller.
static inline void vigil_prefetch(const void *start, size_t count) {
    const char *p = (const char *)start;
    for (size_t offset = 0; offset < count; offset += 64) __builtin_prefetch(p + offset, 0, 3);
}

/// Flags the bytes among the 16 at `p` that are '"', '\\' or below 0x20 (where a JSON string's scan must stop):
/// zero when there is none, else `vigil_json_first_special` names the first. One vector comparison settles most of
/// Okta's strings, whose lengths vary too much for a loop of eight-byte steps to predict its exit. (The caller
/// branches on the mask itself: a test of the first index instead waits on one more instruction and was slower.)
static inline uint64_t vigil_json_special16(const uint8_t *p) {
#if defined(__SSE2__)
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    __m128i control = _mm_cmpeq_epi8(_mm_subs_epu8(v, _mm_set1_epi8(0x1F)), _mm_setzero_si128());
    return (uint64_t)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control));
#elif defined(__ARM_NEON)
    // NEON has no byte mask; narrowing each 16-bit lane by 4 bits leaves a nibble per byte.
    uint8x16_t v = vld1q_u8(p);
    uint8x16_t special = vorrq_u8(vorrq_u8(vceqq_u8(v, vdupq_n_u8('"')), vceqq_u8(v, vdupq_n_u8('\\'))),
                                  vcltq_u8(v, vdupq_n_u8(0x20)));
    return vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(special), 4)), 0);
#else
    uint64_t mask = 0;
    for (int i = 0; i < 16; i++) {
        if (p[i] == '"' || p[i] == '\\' || p[i] < 0x20) mask |= 1ull << i;
    }
    return mask;
#endif
}

/// The index of the first byte a nonzero `vigil_json_special16` mask flags.
static inline uint32_t vigil_json_first_special(uint64_t mask) {
#if defined(__ARM_NEON) && !defined(__SSE2__)
    return (uint32_t)__builtin_ctzll(mask) >> 2;
#else
    return (uint32_t)__builtin_ctzll(mask);
#endif
}

#endif
