import GRDB

extension StoreSchema {
    /// The service's scheduled cycles (hourly analysis, daily jobs): one row per run, so `vigil status` and the UI
    /// can say when each last ran and what it found.
    static func registerCycleRuns(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("cycle runs") { db in
            try db.execute(sql: """
                CREATE TABLE cycle_run (
                    id INTEGER PRIMARY KEY,
                    cycle TEXT NOT NULL,
                    started INTEGER NOT NULL,
                    finished INTEGER NOT NULL,
                    events_read INTEGER NOT NULL,
                    alerts_new INTEGER NOT NULL,
                    alerts_updated INTEGER NOT NULL,
                    detail TEXT,
                    error TEXT
                );
                CREATE INDEX cycle_run_by_cycle ON cycle_run(cycle, started);
                """)
        }
    }
}
