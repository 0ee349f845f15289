#ifndef VIGIL_CINTRINSICS_H
#define VIGIL_CINTRINSICS_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Asks the CPU to bring `count` bytes from `start` into its cache ahead of their use, one request per 64-byte
/// line. Swift has no prefetch of its own; this is the compiler builtin, inlined into the caller.
static inline void vigil_prefetch(const void *start, size_t count) {
    const char *p = (const char *)start;
    for (size_t offset = 0; offset < count; offset += 64) __builtin_prefetch(p + offset, 0, 3);
}

/// A bit per byte of the 16 at `p` that is '"', '\\' or below 0x20 (bit i for byte i): where a JSON string's
/// scan must stop. One SSE2 comparison settles most of Okta's strings, whose lengths vary too much for a loop of
/// eight-byte steps to predict its exit.
static inline uint32_t vigil_json_special16(const uint8_t *p) {
#if defined(__SSE2__)
    __m128i v = _mm_loadu_si128((const __m128i *)p);
    __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    __m128i control = _mm_cmpeq_epi8(_mm_subs_epu8(v, _mm_set1_epi8(0x1F)), _mm_setzero_si128());
    return (uint32_t)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control));
#else
    uint32_t mask = 0;
    for (int i = 0; i < 16; i++) {
        uint8_t c = p[i];
        if (c == '"' || c == '\\' || c < 0x20) mask |= 1u << i;
    }
    return mask;
#endif
}

#endif
