"""moto_server for the tests and `vigil demo`, with one change: its EventBridge input transformer builds a JSONPath parser
(a PLY grammar, ~50 ms) for each path of each event a rule delivers, so PutEvents to a bus with an SQS
target ran at about 3 events/s, below the simulated org's log stream. Parsed paths are cached here, so it
keeps up. The AWS protocol moto speaks is unchanged."""
import functools
import sys

import jsonpath_ng.ext

jsonpath_ng.ext.parse = functools.lru_cache(maxsize=256)(jsonpath_ng.ext.parse)

from moto.server import main  # noqa: E402  (after the patch, so moto imports the cached parse)

sys.exit(main())
