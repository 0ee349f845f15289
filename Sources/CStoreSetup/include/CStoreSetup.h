#ifndef CSTORESETUP_H
#define CSTORESETUP_H

/// Process-wide settings for the store, made once before its first connection opens: SQLite in multi-thread mode
/// without memory statistics, and the C allocator's thresholds. Returns SQLITE_OK, or SQLITE_MISUSE when SQLite
/// was already initialized (it then keeps its defaults, which are slower but equally correct).
int vigil_store_process_setup(void);

#endif
