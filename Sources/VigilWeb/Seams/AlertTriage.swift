import Foundation
import VigilEvent

/// Alert lifecycle: status, assignee, notes and history. The store-backed implementation lives with the alert
/// lifecycle; the web layer only reads and changes alerts through this.
public protocol AlertTriage: Sendable {
    /// The triage state of each alert id that has one (alerts never triaged may be absent: they are `new`).
    func states(of alertIds: [String]) async throws -> [String: AlertTriageState]
    /// Applies a change made by `actor` (a Vigil username) and returns the new state.
    /// Throws `AlertTriageError.unknownAlert` if there is no such alert.
    func update(alertId: String, change: AlertChange, actor: String) async throws -> AlertTriageState
}

/// Where an alert stands in triage.
public struct AlertTriageState: Sendable, Equatable, Codable {
    public var status: AlertStatus
    public var assignee: String?
    public var notes: [Note]
    public var history: [HistoryEntry]

    public struct Note: Sendable, Equatable, Codable {
        public var author: String
        public var at: String
        public var text: String
        public init(author: String, at: Timestamp, text: String) { self.author = author; self.at = at.iso8601; self.text = text }
    }

    /// One change: who changed what, when (e.g. `status: new → resolved`).
    public struct HistoryEntry: Sendable, Equatable, Codable {
        public var actor: String
        public var at: String
        public var change: String
        public init(actor: String, at: Timestamp, change: String) { self.actor = actor; self.at = at.iso8601; self.change = change }
    }

    public init(status: AlertStatus = .new, assignee: String? = nil, notes: [Note] = [], history: [HistoryEntry] = []) {
        self.status = status
        self.assignee = assignee
        self.notes = notes
        self.history = history
    }
}

/// The statuses an alert moves through.
public enum AlertStatus: String, Sendable, CaseIterable, Codable {
    case new, acknowledged, resolved
    case falsePositive = "false_positive"
}

/// What a triage request changes; `nil` fields are left alone. An empty assignee unassigns.
public struct AlertChange: Sendable, Equatable {
    public var status: AlertStatus?
    public var assignee: String?
    public var note: String?

    public init(status: AlertStatus? = nil, assignee: String? = nil, note: String? = nil) {
        self.status = status
        self.assignee = assignee
        self.note = note
    }

    public var isEmpty: Bool { status == nil && assignee == nil && (note ?? "").isEmpty }
}

public enum AlertTriageError: Error, Sendable {
    case unknownAlert(String)
}
