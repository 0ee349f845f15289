import VigilEvent

/// One entry of an alert's history: who changed which field, when, from what to what.
///
/// Fields: `status` (the first entry, from `nil`, is the alert being opened), `assignee`, `note` (`to` holds the
/// note), `evidence` (`from`/`to` are evidence counts when grouping added events; consecutive additions share one entry), `severity` (ranks, when new
/// evidence raised it).
public struct AlertChange: Sendable, Equatable {
    public var at: Timestamp
    public var actor: String
    public var field: String
    public var from: String?
    public var to: String?

    public init(at: Timestamp, actor: String, field: String, from: String?, to: String?) {
        self.at = at
        self.actor = actor
        self.field = field
        self.from = from
        self.to = to
    }

    /// The actor recorded for changes Vigil makes itself (opening alerts, adding evidence).
    public static let system = "vigil"
}
