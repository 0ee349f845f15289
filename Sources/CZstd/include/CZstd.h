// Vigil's view of zstd: the stable API plus the dictionary builder's fastCOVER parameters and the advanced
// dictionary constructor (its compression parameters), which the vendored copy pins to one version.
#define ZDICT_STATIC_LINKING_ONLY
#define ZSTD_STATIC_LINKING_ONLY
#include "zstd.h"
#include "zdict.h"
