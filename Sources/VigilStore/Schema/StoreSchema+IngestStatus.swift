import GRDB

extension StoreSchema {
    /// The ingestion service's per-integration, per-path status (saved periodically, read by `vigil status`), and
    /// integrations removed by `vigil integrations remove`, which a running service stops ingesting.
    static func registerIngestStatus(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("ingest status and removed integrations") { db in
            try db.execute(sql: """
                CREATE TABLE ingest_status (
                    integration TEXT NOT NULL,
                    path TEXT NOT NULL,
                    last_event INTEGER,
                    last_received INTEGER,
                    lag_ms INTEGER,
                    events_per_minute REAL NOT NULL DEFAULT 0,
                    events INTEGER NOT NULL DEFAULT 0,
                    duplicates INTEGER NOT NULL DEFAULT 0,
                    rate_limited INTEGER NOT NULL DEFAULT 0,
                    gaps INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    last_error_at INTEGER,
                    updated INTEGER NOT NULL,
                    PRIMARY KEY (integration, path)
                ) WITHOUT ROWID;
                CREATE TABLE removed_integration (
                    id TEXT PRIMARY KEY,
                    removed INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
        }
    }
}
