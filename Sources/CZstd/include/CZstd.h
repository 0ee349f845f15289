// Vigil's view of zstd: the stable API plus the dictionary builder's fastCOVER parameters.
#define ZDICT_STATIC_LINKING_ONLY
#include "zstd.h"
#include "zdict.h"
