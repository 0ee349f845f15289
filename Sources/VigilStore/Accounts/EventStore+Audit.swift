import GRDB
import VigilEvent

/// One state-changing action: who did what to which object, when.
public struct AuditEntry: Sendable, Equatable {
    public var at: Timestamp
    /// The account's username (or `system`).
    public var actor: String
    /// A dotted verb, e.g. `alert.update`, `rule.disable`, `session.login`.
    public var action: String
    public var target: String
    public var detail: String?

    public init(at: Timestamp = .now(), actor: String, action: String, target: String, detail: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.detail = detail
    }
}

extension EventStore {
    public func recordAudit(_ entry: AuditEntry) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO audit_log(at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                           arguments: [entry.at.millis, entry.actor, entry.action, entry.target, entry.detail])
        }
    }

    /// The newest audit entries first, optionally only those about `target`.
    public func auditLog(target: String? = nil, limit: Int = 100) throws -> [AuditEntry] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE ? IS NULL OR target = ? ORDER BY id DESC LIMIT ?",
                             arguments: [target, target, limit]).map {
                AuditEntry(at: Timestamp(millis: $0["at"]), actor: $0["actor"], action: $0["action"], target: $0["target"],
                           detail: $0["detail"])
            }
        }
    }
}
