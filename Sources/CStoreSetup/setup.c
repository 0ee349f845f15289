#include <sqlite3.h>
#include <stdlib.h> // defines __GLIBC__ on glibc, which the checks below need
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
// Decoding and detection allocate per event (each event's raw bytes, its field spans), a batch at a time, on the
// concurrency pool's threads, and glibc gives those threads arenas of their own: heaps that grow a page at a time
// (an mprotect call, then a fault on a fresh zeroed page) and are unmapped when they empty. Batch after batch, the
// engine benchmark made 440,000 mprotect calls and spent a fifth of its time zeroing pages. Fixed thresholds with a
// large top pad keep that memory for the next batch (74 mprotect calls; decode + the whole engine faster in five
// alternating pairs of six, median 82,700 against 76,800 events/s; storing unchanged). A single arena did as well
// for detection but slowed storing, whose two threads then contend for it.
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
