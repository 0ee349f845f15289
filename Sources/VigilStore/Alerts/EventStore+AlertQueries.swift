import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// One page of the alerts `query` selects, in its order; `next` continues the listing.
    public func alerts(_ query: AlertQuery) throws -> AlertPage {
        var clauses = ["severity >= ?"]
        var arguments: [any DatabaseValueConvertible] = [query.minimumSeverity]
        if !query.statuses.isEmpty {
            clauses.append("status IN (\(query.statuses.map { _ in "?" }.joined(separator: ",")))")
            for status in query.statuses.map(\.rawValue).sorted() { arguments.append(status) }
        }
        if let rule = query.ruleId { clauses.append("rule_id = ?"); arguments.append(rule) }
        if let entity = query.entity {
            clauses.append("(entity_id = ? OR entity_alternate_id = ? COLLATE NOCASE)")
            arguments += [entity, entity]
        }
        if let assignee = query.assignee { clauses.append("assignee = ? COLLATE NOCASE"); arguments.append(assignee) }
        if let since = query.since { clauses.append("last_seen >= ?"); arguments.append(since.millis) }
        if let until = query.until { clauses.append("first_seen <= ?"); arguments.append(until.millis) }
        let order: String
        switch query.order {
        case .newest:
            order = "last_seen DESC, id DESC"
            if let c = query.after { clauses.append("(last_seen, id) < (?, ?)"); arguments += [c.lastSeen, c.id] }
        case .mostSevere:
            order = "severity DESC, last_seen DESC, id DESC"
            if let c = query.after { clauses.append("(severity, last_seen, id) < (?, ?, ?)"); arguments += [c.severity, c.lastSeen, c.id] }
        }
        let limit = max(1, query.limit)
        let records = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alert WHERE \(clauses.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?",
                             arguments: StatementArguments(arguments + [limit + 1])).map { try Self.record($0, db) }
        }
        let page = Array(records.prefix(limit))
        let next = records.count > limit ? page.last.map { AlertCursor(severity: $0.severity, lastSeen: $0.lastSeen.millis, id: $0.id) } : nil
        return AlertPage(alerts: page, next: next)
    }

    /// Alerts last seen at or after `since` with at least `minimumSeverity`, newest first (or most severe first).
    public func alerts(since: Timestamp? = nil, minimumSeverity: Int = 0, mostSevereFirst: Bool = false,
                       limit: Int = 100) throws -> [AlertRecord] {
        try alerts(AlertQuery(minimumSeverity: minimumSeverity, since: since, order: mostSevereFirst ? .mostSevere : .newest,
                              limit: limit)).alerts
    }

    /// How many alerts of at least `minimumSeverity` are in each status (for the UI's tabs and badges).
    public func alertCounts(minimumSeverity: Int = 0) throws -> [AlertStatus: Int] {
        try pool.read { db in
            var counts = Dictionary(uniqueKeysWithValues: AlertStatus.allCases.map { ($0, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM alert WHERE severity >= ? GROUP BY status",
                                        arguments: [minimumSeverity]) {
                if let status = AlertStatus(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }

    /// The alert with this id, or `nil`.
    public func alert(id: String) throws -> AlertRecord? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM alert WHERE id = ?", arguments: [id]).map { try Self.record($0, db) }
        }
    }

    /// Every change made to the alert, oldest first (empty for an unknown id).
    public func alertHistory(id: String) throws -> [AlertChange] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alert_history WHERE alert_id = ? ORDER BY id", arguments: [id]).map {
                AlertChange(at: Timestamp(millis: $0["at"]), actor: $0["actor"], field: $0["field"], from: $0["old_value"], to: $0["new_value"])
            }
        }
    }

    /// The stored evidence events of the alert (at most `limit`), oldest first. Evidence whose event is not (or no
    /// longer, after retention) in the store is left out; `AlertRecord.evidence` still names it.
    public func alertEvidence(id: String, limit: Int = 1000) throws -> [StoredEvent] {
        guard let alert = try alert(id: id) else { throw AlertUpdateError.notFound(id) }
        // Evidence keys sort in time order for Okta's version-1 uuids, so the prefix is (nearly) the oldest.
        return try alert.evidence.prefix(max(0, limit)).compactMap { try event(uuid: $0) }
            .sorted { ($0.published, $0.id) < ($1.published, $1.id) }
    }

    static func record(_ row: Row, _ db: Database) throws -> AlertRecord {
        let id: String = row["id"]
        let evidence = try DatabaseValue.fetchAll(db, sql: "SELECT event_uuid FROM alert_event WHERE alert_id = ?", arguments: [id])
        return AlertRecord(
            id: id, ruleId: row["rule_id"], ruleTitle: row["rule_title"], severity: row["severity"], title: row["title"],
            entityType: row["entity_type"], entityId: row["entity_id"], entityAlternateId: row["entity_alternate_id"],
            firstSeen: Timestamp(millis: row["first_seen"]), lastSeen: Timestamp(millis: row["last_seen"]),
            status: AlertStatus(rawValue: row["status"]) ?? .new, assignee: row["assignee"],
            created: Timestamp(millis: row["created"]), updated: Timestamp(millis: row["updated"]),
            document: row["document"], evidence: evidence.map(EventKey.uuid))
    }
}
