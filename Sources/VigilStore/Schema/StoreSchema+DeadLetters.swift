import GRDB

extension StoreSchema {
    /// Input a source could not use, kept with its reason instead of being retried forever or dropped.
    static func registerDeadLetters(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: dead letters") { db in
            // `upstream_id` (an SQS message id) makes recording idempotent: a message redelivered because its
            // deletion failed is not recorded twice.
            try db.execute(sql: """
                CREATE TABLE dead_letter (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    upstream_id TEXT,
                    received INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    body BLOB NOT NULL
                );
                CREATE UNIQUE INDEX dead_letter_upstream ON dead_letter(source, upstream_id) WHERE upstream_id IS NOT NULL;
                CREATE INDEX dead_letter_received ON dead_letter(received);
                """)
        }
    }
}
