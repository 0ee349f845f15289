import GRDB
import VigilEvent

extension EventStore {
    /// Replaces the saved status of each record's integration and path.
    public func saveIngestStatus(_ records: [IngestStatusRecord]) throws {
        guard !records.isEmpty else { return }
        try pool.write { db in
            for r in records {
                try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO ingest_status(integration, path, last_event, last_received, lag_ms, events_per_minute, events,
                        duplicates, rate_limited, gaps, last_error, last_error_at, updated,
                        backfill_events, backfill_rate, backfill_eta_s, backfill_reached)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [r.integration, r.path, r.lastEvent?.millis, r.lastReceived?.millis, r.lagMillis, r.eventsPerMinute,
                                             r.events, r.duplicates, r.rateLimited, r.gaps, r.lastError, r.lastErrorAt?.millis, r.updated.millis,
                                             r.backfill?.events, r.backfill?.eventsPerSecond, r.backfill?.etaSeconds, r.backfill?.reached?.millis])
            }
        }
    }

    /// Every saved status, by integration and path.
    public func ingestStatus() throws -> [IngestStatusRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM ingest_status ORDER BY integration, path").map { row in
                IngestStatusRecord(
                    integration: row["integration"], path: row["path"], lastEvent: (row["last_event"] as Int64?).map(Timestamp.init(millis:)),
                    lastReceived: (row["last_received"] as Int64?).map(Timestamp.init(millis:)), lagMillis: row["lag_ms"],
                    eventsPerMinute: row["events_per_minute"], events: row["events"], duplicates: row["duplicates"],
                    rateLimited: row["rate_limited"], gaps: row["gaps"], lastError: row["last_error"],
                    lastErrorAt: (row["last_error_at"] as Int64?).map(Timestamp.init(millis:)), updated: Timestamp(millis: row["updated"]),
                    backfill: (row["backfill_events"] as Int64?).map { events in
                        BackfillProgress(events: events, eventsPerSecond: row["backfill_rate"] ?? 0, etaSeconds: row["backfill_eta_s"],
                                         reached: (row["backfill_reached"] as Int64?).map(Timestamp.init(millis:)))
                    })
            }
        }
    }
}
