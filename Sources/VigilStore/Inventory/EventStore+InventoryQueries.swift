import GRDB
import VigilEvent

extension EventStore {
    /// Items of one kind (of one parent, if given), removed ones only when asked, ordered by label.
    public func inventory(integration: String, kind: String, parent: String? = nil, includeRemoved: Bool = false) throws -> [InventoryItem] {
        try pool.read { db in
            var sql = "SELECT * FROM inventory_item WHERE integration = ? AND kind = ?"
            var arguments: StatementArguments = [integration, kind]
            if let parent { sql += " AND parent = ?"; arguments += [parent] }
            if !includeRemoved { sql += " AND removed IS NULL" }
            return try Row.fetchAll(db, sql: sql + " ORDER BY label, id", arguments: arguments).map { row in
                var item = InventoryItem(kind: row["kind"], id: row["id"], parent: row["parent"], label: row["label"],
                                         status: row["status"], document: row["document"])
                item.firstSeen = Timestamp(millis: row["first_seen"])
                item.changed = Timestamp(millis: row["changed"])
                item.removed = (row["removed"] as Int64?).map(Timestamp.init(millis:))
                return item
            }
        }
    }

    /// Recorded changes, newest first, optionally for one kind or one item.
    public func inventoryChanges(integration: String, kind: String? = nil, item: String? = nil, since: Timestamp? = nil,
                                 limit: Int = 500) throws -> [InventoryChange] {
        try pool.read { db in
            var sql = "SELECT * FROM inventory_change WHERE integration = ? AND at >= ?"
            var arguments: StatementArguments = [integration, since?.millis ?? Int64.min]
            if let kind { sql += " AND kind = ?"; arguments += [kind] }
            if let item { sql += " AND item = ?"; arguments += [item] }
            return try Row.fetchAll(db, sql: sql + " ORDER BY at DESC, id DESC LIMIT ?", arguments: arguments + [limit]).map { row in
                InventoryChange(integration: row["integration"], itemKind: row["kind"], item: row["item"], parent: row["parent"],
                                change: InventoryChange.Kind(rawValue: row["change"]) ?? .updated,
                                fields: (row["fields"] as String?)?.split(separator: ",").map(String.init) ?? [],
                                oldStatus: row["old_status"], newStatus: row["new_status"], at: Timestamp(millis: row["at"]))
            }
        }
    }

    /// When a kind was last synced for an integration (the start of an incremental sync's window).
    public func inventorySyncTime(integration: String, kind: String) throws -> Timestamp? {
        try pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT synced FROM inventory_sync WHERE integration = ? AND kind = ?",
                               arguments: [integration, kind]).map(Timestamp.init(millis:))
        }
    }
}
