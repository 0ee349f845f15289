import GRDB

extension StoreSchema {
    /// Okta inventory (users, factors, roles, groups, apps, devices, API tokens) and its change history.
    static func registerInventory(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("inventory v1: items and changes") { db in
            // One table for every kind: each item is Okta's JSON, plus the columns people look things up by.
            // `parent` ties factors and roles to their user. `removed` is set when a full listing no longer has it.
            try db.execute(sql: """
                CREATE TABLE inventory_item (
                    integration TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    id TEXT NOT NULL,
                    parent TEXT NOT NULL DEFAULT '',
                    label TEXT COLLATE NOCASE,
                    status TEXT,
                    document TEXT NOT NULL,
                    first_seen INTEGER NOT NULL,
                    changed INTEGER NOT NULL,
                    synced INTEGER NOT NULL,
                    removed INTEGER,
                    PRIMARY KEY (integration, kind, parent, id)
                ) WITHOUT ROWID;
                CREATE INDEX inventory_item_label ON inventory_item(kind, label);
                CREATE INDEX inventory_item_id ON inventory_item(kind, id);
                CREATE TABLE inventory_change (
                    id INTEGER PRIMARY KEY,
                    integration TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    item TEXT NOT NULL,
                    parent TEXT NOT NULL DEFAULT '',
                    change TEXT NOT NULL,
                    fields TEXT,
                    old_status TEXT,
                    new_status TEXT,
                    at INTEGER NOT NULL
                );
                CREATE INDEX inventory_change_item ON inventory_change(kind, item, at);
                CREATE INDEX inventory_change_at ON inventory_change(at);
                CREATE TABLE inventory_sync (
                    integration TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    synced INTEGER NOT NULL,
                    PRIMARY KEY (integration, kind)
                ) WITHOUT ROWID;
                """)
        }
    }
}
