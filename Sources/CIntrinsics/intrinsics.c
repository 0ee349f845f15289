// The helpers are inline in the header; SwiftPM needs a source file to make the target.
#include "CIntrinsics.h"
