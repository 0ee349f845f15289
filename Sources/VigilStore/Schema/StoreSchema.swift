import GRDB

/// The store's schema, as ordered migrations. A migration, once shipped, never changes; new ones are appended.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: events, terms, dictionaries, checkpoints, alerts") { db in
            // Repeated strings (event types, IPs, sessions, outcomes) are stored once and referenced by id,
            // which keeps both the rows and the indexes on them small.
            try db.execute(sql: """
                CREATE TABLE term (
                    id INTEGER PRIMARY KEY,
                    kind INTEGER NOT NULL,
                    value TEXT NOT NULL,
                    UNIQUE (kind, value)
                );
                CREATE TABLE principal (
                    id INTEGER PRIMARY KEY,
                    okta_id TEXT NOT NULL UNIQUE,
                    type TEXT,
                    alternate_id TEXT COLLATE NOCASE,
                    display_name TEXT
                );
                CREATE INDEX principal_alternate_id ON principal(alternate_id);
                CREATE TABLE zdict (
                    id INTEGER PRIMARY KEY,
                    created INTEGER NOT NULL,
                    bytes BLOB NOT NULL
                );
                CREATE TABLE source (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE
                );
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    uuid BLOB NOT NULL UNIQUE,
                    published INTEGER NOT NULL,
                    received INTEGER NOT NULL,
                    type INTEGER NOT NULL,
                    outcome INTEGER,
                    actor INTEGER,
                    ip INTEGER,
                    session INTEGER,
                    root_session INTEGER,
                    source INTEGER NOT NULL,
                    zdict INTEGER NOT NULL,
                    raw BLOB NOT NULL
                );
                CREATE INDEX event_published ON event(published);
                CREATE INDEX event_type ON event(type, published);
                CREATE INDEX event_actor ON event(actor, published);
                CREATE INDEX event_ip ON event(ip, published);
                CREATE INDEX event_session ON event(session) WHERE session IS NOT NULL;
                CREATE INDEX event_root_session ON event(root_session) WHERE root_session IS NOT NULL AND root_session != session;
                CREATE INDEX event_outcome ON event(outcome, published);
                -- One contentless FTS5 table per published day, listed here, so that retention drops whole days.
                CREATE TABLE fts_partition (
                    day INTEGER PRIMARY KEY,
                    name TEXT NOT NULL
                );
                CREATE TABLE checkpoint (
                    name TEXT PRIMARY KEY,
                    value TEXT NOT NULL,
                    updated INTEGER NOT NULL
                );
                CREATE TABLE alert (
                    id TEXT PRIMARY KEY,
                    rule_id TEXT NOT NULL,
                    rule_title TEXT NOT NULL,
                    severity INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    entity_type TEXT,
                    entity_id TEXT,
                    entity_alternate_id TEXT,
                    first_seen INTEGER NOT NULL,
                    last_seen INTEGER NOT NULL,
                    status TEXT NOT NULL DEFAULT 'new',
                    created INTEGER NOT NULL,
                    updated INTEGER NOT NULL,
                    document TEXT NOT NULL
                );
                CREATE INDEX alert_last_seen ON alert(last_seen);
                CREATE INDEX alert_rule_entity ON alert(rule_id, entity_id, last_seen);
                CREATE TABLE alert_event (
                    alert_id TEXT NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
                    event_uuid BLOB NOT NULL,
                    PRIMARY KEY (alert_id, event_uuid)
                ) WITHOUT ROWID;
                """)
        }
        registerDeadLetters(&migrator)
        registerDetectionState(&migrator)
        registerAccounts(&migrator)
        registerAlertLifecycle(&migrator)
        registerInventory(&migrator)
        registerIngestStatus(&migrator)
        registerCycleRuns(&migrator)
        registerServiceProgress(&migrator)
        registerHourIndexes(&migrator)
        registerRootSessions(&migrator)
        registerUncommonOutcomes(&migrator)
        return migrator
    }
}

/// What a `term` row names.
enum TermKind: Int, CaseIterable {
    case eventType = 1, ip, session, outcome
}
