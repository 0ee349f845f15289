import GRDB
import VigilEvent

extension EventStore {
    /// Stores a sync of one kind of inventory and records what changed. `complete` lists the parents whose items
    /// were listed in full (`[""]` for top-level kinds, a user id for that user's factors): items of those parents
    /// missing from `items` are marked removed. An incremental sync (`lastUpdated gt …`) passes `nil`.
    @discardableResult
    public func syncInventory(_ items: [InventoryItem], integration: String, kind: String, complete: [String]?,
                              at time: Timestamp = .now()) throws -> InventoryDiff {
        try pool.write { db in
            var diff = InventoryDiff()
            var seen = Set<String>()
            for item in items {
                seen.insert(item.parent + "\u{1}" + item.id)
                let old = try Row.fetchOne(db, sql: """
                    SELECT status, document, removed FROM inventory_item WHERE integration = ? AND kind = ? AND parent = ? AND id = ?
                    """, arguments: [integration, kind, item.parent, item.id])
                let oldDocument: String? = old?["document"]
                let wasRemoved = (old?["removed"] as Int64?) != nil
                if let oldDocument, oldDocument == item.document, !wasRemoved {
                    diff.unchanged += 1
                    try db.execute(sql: "UPDATE inventory_item SET synced = ? WHERE integration = ? AND kind = ? AND parent = ? AND id = ?",
                                   arguments: [time.millis, integration, kind, item.parent, item.id])
                    continue
                }
                let change: InventoryChange.Kind = old == nil ? .added : wasRemoved ? .restored : .updated
                if change == .added { diff.added += 1 } else { diff.updated += 1 }
                try db.execute(sql: """
                    INSERT INTO inventory_item(integration, kind, id, parent, label, status, document, first_seen, changed, synced, removed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
                    ON CONFLICT(integration, kind, parent, id) DO UPDATE SET label = excluded.label, status = excluded.status,
                        document = excluded.document, changed = excluded.changed, synced = excluded.synced, removed = NULL
                    """, arguments: [integration, kind, item.id, item.parent, item.label, item.status, item.document,
                                     time.millis, time.millis, time.millis])
                let fields = oldDocument.map { Self.changedFields($0, item.document) } ?? []
                try Self.recordChange(db, integration, kind, item.id, item.parent, change, fields, old?["status"], item.status, time)
            }
            for parent in complete ?? [] {
                let present = try Row.fetchAll(db, sql: """
                    SELECT id, status FROM inventory_item WHERE integration = ? AND kind = ? AND parent = ? AND removed IS NULL
                    """, arguments: [integration, kind, parent])
                for row in present where !seen.contains(parent + "\u{1}" + (row["id"] as String)) {
                    diff.removed += 1
                    let id: String = row["id"]
                    try db.execute(sql: "UPDATE inventory_item SET removed = ?, changed = ? WHERE integration = ? AND kind = ? AND parent = ? AND id = ?",
                                   arguments: [time.millis, time.millis, integration, kind, parent, id])
                    try Self.recordChange(db, integration, kind, id, parent, .removed, [], row["status"], nil, time)
                }
            }
            try db.execute(sql: """
                INSERT INTO inventory_sync(integration, kind, synced) VALUES (?, ?, ?)
                ON CONFLICT(integration, kind) DO UPDATE SET synced = excluded.synced
                """, arguments: [integration, kind, time.millis])
            return diff
        }
    }

    private static func recordChange(_ db: Database, _ integration: String, _ kind: String, _ item: String, _ parent: String,
                                     _ change: InventoryChange.Kind, _ fields: [String], _ oldStatus: String?, _ newStatus: String?,
                                     _ time: Timestamp) throws {
        try db.execute(sql: """
            INSERT INTO inventory_change(integration, kind, item, parent, change, fields, old_status, new_status, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [integration, kind, item, parent, change.rawValue, fields.isEmpty ? nil : fields.joined(separator: ","),
                             oldStatus, newStatus, time.millis])
    }

    /// Top-level keys whose values differ between two JSON objects.
    static func changedFields(_ old: String, _ new: String) -> [String] {
        guard let a = (try? JSONValue(json: Array(old.utf8)))?.objectValue,
              let b = (try? JSONValue(json: Array(new.utf8)))?.objectValue else { return [] }
        let keys = Set(a.keys).union(b.keys)
        return keys.filter { a[$0] != b[$0] }.sorted()
    }
}
