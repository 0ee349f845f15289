import GRDB

extension StoreSchema {
    /// The root-session index as first written left out events that have a root session id but no external one
    /// (`root_session != NULL` is not true), so a search by session could not find them through it.
    static func registerRootSessions(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: root-session index includes events without an external session id") { db in
            try db.execute(sql: """
                DROP INDEX event_root_session;
                CREATE INDEX event_root_session ON event(root_session) WHERE root_session IS NOT NULL AND root_session IS NOT session;
                """)
        }
    }
}
