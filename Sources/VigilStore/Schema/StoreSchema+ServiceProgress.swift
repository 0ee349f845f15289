import GRDB

extension StoreSchema {
    /// A running backfill's progress beside each path's ingestion status, and the outcome of each integration's
    /// scheduled inventory sync, for `vigil status`, the web API and `/metrics`.
    static func registerServiceProgress(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("backfill progress and inventory sync status") { db in
            // The backfill columns are NULL when the path is not backfilling.
            try db.execute(sql: """
                ALTER TABLE ingest_status ADD COLUMN backfill_events INTEGER;
                ALTER TABLE ingest_status ADD COLUMN backfill_rate REAL;
                ALTER TABLE ingest_status ADD COLUMN backfill_eta_s REAL;
                ALTER TABLE ingest_status ADD COLUMN backfill_reached INTEGER;
                CREATE TABLE inventory_status (
                    integration TEXT PRIMARY KEY,
                    last_attempt INTEGER NOT NULL,
                    last_success INTEGER,
                    last_changes TEXT,
                    last_error TEXT,
                    last_error_at INTEGER,
                    failures INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                """)
        }
    }
}
