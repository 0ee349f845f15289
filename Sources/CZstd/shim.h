#define ZSTD_STATIC_LINKING_ONLY 0
#define ZDICT_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zdict.h>
