import GRDB

extension StoreSchema {
    /// The detection engine's state (correlation windows, analytic baselines), saved after each committed batch so
    /// that a restart resumes attacks in progress: one row per engine, replaced whole.
    static func registerDetectionState(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: detection state") { db in
            try db.execute(sql: """
                CREATE TABLE detection_state (
                    name TEXT PRIMARY KEY,
                    state BLOB NOT NULL,
                    watermark INTEGER,
                    updated INTEGER NOT NULL
                );
                """)
        }
    }
}
