import GRDB

extension StoreSchema {
    /// The actor and IP indexes led by the hour of publication, so that a batch's writes land in a few pages
    /// instead of one page per event (see `HourBucket`). Rebuilding them reads every stored event once.
    static func registerHourIndexes(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: actor and IP indexes by hour") { db in
            try db.execute(sql: """
                DROP INDEX event_actor;
                DROP INDEX event_ip;
                CREATE INDEX event_actor_hour ON event(published / 3600000, actor, published);
                CREATE INDEX event_ip_hour ON event(published / 3600000, ip, published);
                """)
        }
    }
}
