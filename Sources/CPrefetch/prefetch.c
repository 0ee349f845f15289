// The prefetch helper is inline in the header; SwiftPM needs a source file to make the target.
#include "CPrefetch.h"
