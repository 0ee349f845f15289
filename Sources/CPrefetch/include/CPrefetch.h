#ifndef CPREFETCH_H
#define CPREFETCH_H

#include <stddef.h>

/// Asks the CPU to bring `count` bytes from `start` into its cache ahead of their use, one request per 64-byte
/// line. Swift has no prefetch of its own; this is the compiler builtin, inlined into the caller.
static inline void vigil_prefetch(const void *start, size_t count) {
    const char *p = (const char *)start;
    for (size_t offset = 0; offset < count; offset += 64) __builtin_prefetch(p + offset, 0, 3);
}

#endif
