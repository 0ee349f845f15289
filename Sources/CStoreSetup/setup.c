#include <sqlite3.h>
#include "CStoreSetup.h"
#ifdef __GLIBC__
#include <malloc.h>
#endif

// sqlite3_config is variadic, which Swift cannot call; hence this file.
//
// Multi-thread mode drops the mutex that serialized mode takes around every call on a connection (each bind,
// step and column read): GRDB already gives each connection to one thread at a time. Memory statistics take a
// global mutex around every allocation, and SQLite as Debian builds it has no lookaside allocator, so every
// small allocation pays for it.
//
// Storing a batch allocates and frees megabytes at a time (compressed events, page buffers, FTS5 segments), and
// decoding and detection allocate per event. With glibc's sliding thresholds, the heap top was trimmed and
// regrown, and large buffers mapped and unmapped, batch after batch; fixed thresholds keep that memory in the heap
// for the next batch (measured in alternating runs: about 4% more events stored per second over a million events,
// and decoding with the whole detection engine faster in three pairs of three).
int vigil_store_process_setup(void) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
    int rc = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
