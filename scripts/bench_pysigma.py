#!/usr/bin/env python3
"""The Sigma baseline for `vigil-bench rules`: pySigma + pysigma-backend-duckdb over the same events and rules.

Loads NDJSON into DuckDB, converts every Sigma rule to SQL with pySigma's DuckDB backend and runs it, timing
load + evaluate, and prints one JSON object: events/s, and matches per rule id (plus conversion or query errors),
so a wrapper can compare the counts with Vigil's and print the ratio.

Setup: python3 -m venv .venv && .venv/bin/pip install pySigma pysigma-backend-duckdb duckdb
Usage: .venv/bin/python scripts/bench_pysigma.py --input events.ndjson --rules DIR [--rules DIR] [--placeholder NAME=VALUE]

The backend quotes dotted field names as one column; the subclass below lets them through unquoted, so DuckDB
reads them as struct access (see ../shared/notes/third-party-tools.md §1).
"""
import argparse
import glob
import json
import os
import re
import sys
import time

import duckdb
from sigma.collection import SigmaCollection
from sigma.processing.pipeline import ProcessingItem, ProcessingPipeline
from sigma.processing.transformations import ValueListPlaceholderTransformation
from sigma_backend_duckdb.backend import DuckDBBackend


class DottedDuckDB(DuckDBBackend):
    """DuckDB backend that treats `a.b.c` as a struct path instead of one quoted column name."""

    field_quote_pattern = re.compile(r"^[a-zA-Z0-9_.]+$")


def rule_files(directories):
    files = []
    for directory in directories:
        if os.path.isfile(directory):
            files.append(directory)
            continue
        for pattern in ("**/*.yml", "**/*.yaml"):
            files += glob.glob(os.path.join(directory, pattern), recursive=True)
    return sorted(files)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="NDJSON events")
    parser.add_argument("--rules", action="append", required=True, help="rule directory or file; repeatable")
    parser.add_argument("--placeholder", action="append", default=[], help="NAME=VALUE for %%NAME%% placeholders")
    parser.add_argument("--threads", type=int, default=1, help="DuckDB threads (1 to compare with one Vigil core)")
    args = parser.parse_args()

    variables = {}
    for entry in args.placeholder:
        name, _, value = entry.partition("=")
        variables.setdefault(name.strip("%"), []).append(value)
    pipeline = ProcessingPipeline(items=[ProcessingItem(ValueListPlaceholderTransformation())], vars=variables)

    start = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"SET threads TO {args.threads}")
    con.execute("CREATE TABLE raw AS SELECT * FROM read_json_auto(?, format='newline_delimited', sample_size=-1)", [args.input])
    con.execute("CREATE VIEW logs AS SELECT * FROM raw")
    events = con.execute("SELECT count(*) FROM logs").fetchone()[0]
    loaded = time.perf_counter()

    collection = SigmaCollection.load_ruleset(rule_files(args.rules))
    backend = DottedDuckDB(processing_pipeline=pipeline)
    matches, errors = {}, {}
    for rule in collection.rules:
        rule_id = str(rule.id)
        try:
            queries = backend.convert_rule(rule)
        except Exception as error:  # a rule the backend cannot express
            errors[rule_id] = f"conversion: {error}".splitlines()[0]
            continue
        count = 0
        try:
            for query in queries:
                count += con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
            matches[rule_id] = count
        except Exception as error:  # DuckDB cannot run it (e.g. a field inside a list, a field absent from the batch)
            errors[rule_id] = f"query: {error}".splitlines()[0]
    done = time.perf_counter()

    json.dump({
        "engine": "pysigma-duckdb",
        "events": events,
        "seconds": done - start,
        "load_seconds": loaded - start,
        "eval_seconds": done - loaded,
        "events_per_second": events / (done - start),
        "matches": matches,
        "errors": errors,
        "titles": {str(rule.id): rule.title for rule in collection.rules},
    }, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
