import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// An analyst's change to an alert: a new status (checked against `AlertStatus.allowedTransitions`), an
    /// assignee (`""` unassigns), a note; each recorded in the history under `actor`. Returns the updated alert.
    @discardableResult
    public func updateAlert(id: String, status: AlertStatus? = nil, assignee: String? = nil, note: String? = nil,
                            by actor: String) throws -> AlertRecord {
        let actor = actor.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !actor.isEmpty else { throw AlertUpdateError.invalidValue("a change to an alert needs the name of who makes it") }
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let note, note.isEmpty { throw AlertUpdateError.invalidValue("the note is empty") }
        guard status != nil || assignee != nil || note != nil else { throw AlertUpdateError.nothingToChange(id) }
        let now = Timestamp.now()
        return try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT status, assignee FROM alert WHERE id = ?", arguments: [id]) else {
                throw AlertUpdateError.notFound(id)
            }
            let current = AlertStatus(rawValue: row["status"]) ?? .new
            if let status, status != current {
                guard current.allowedTransitions.contains(status) else {
                    throw AlertUpdateError.invalidTransition(id: id, from: current, to: status)
                }
                try db.execute(sql: "UPDATE alert SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
                try Self.record(AlertChange(at: now, actor: actor, field: "status", from: current.rawValue, to: status.rawValue), alert: id, db)
            } else if let status, note == nil, assignee == nil {
                throw AlertUpdateError.invalidTransition(id: id, from: current, to: status)
            }
            let oldAssignee: String? = row["assignee"]
            if let assignee {
                let new = assignee.trimmingCharacters(in: .whitespacesAndNewlines)
                let value = new.isEmpty ? nil : new
                if value != oldAssignee {
                    try db.execute(sql: "UPDATE alert SET assignee = ? WHERE id = ?", arguments: [value, id])
                    try Self.record(AlertChange(at: now, actor: actor, field: "assignee", from: oldAssignee, to: value), alert: id, db)
                }
            }
            if let note {
                try Self.record(AlertChange(at: now, actor: actor, field: "note", from: nil, to: note), alert: id, db)
            }
            try db.execute(sql: "UPDATE alert SET updated = ? WHERE id = ?", arguments: [now.millis, id])
            return try Self.record(try Row.fetchOne(db, sql: "SELECT * FROM alert WHERE id = ?", arguments: [id])!, db)
        }
    }
}
