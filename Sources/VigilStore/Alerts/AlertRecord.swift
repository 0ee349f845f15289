import VigilEvent

/// An alert as the store keeps it: the columns alerts are listed and grouped by, plus the full alert document
/// (JSON, the detection engine's contract) and the uuids of its evidence events.
public struct AlertRecord: Sendable, Equatable {
    public var id: String
    public var ruleId: String
    public var ruleTitle: String
    /// 0 informational, 1 low, 2 medium, 3 high, 4 critical.
    public var severity: Int
    public var title: String
    public var entityType: String?
    public var entityId: String?
    public var entityAlternateId: String?
    public var firstSeen: Timestamp
    public var lastSeen: Timestamp
    public var status: AlertStatus
    /// Who is working on the alert (free text: an email, a name); `nil` when nobody is.
    public var assignee: String?
    /// When the store first recorded the alert and last changed it (not event time).
    public var created: Timestamp?
    public var updated: Timestamp?
    public var document: String
    /// Evidence event uuids. Lists of alerts carry all of them; `alertEvidence(id:)` returns the events.
    public var evidence: [String]

    public init(id: String, ruleId: String, ruleTitle: String, severity: Int, title: String, entityType: String?,
                entityId: String?, entityAlternateId: String?, firstSeen: Timestamp, lastSeen: Timestamp,
                status: AlertStatus = .new, assignee: String? = nil, created: Timestamp? = nil, updated: Timestamp? = nil,
                document: String, evidence: [String]) {
        self.id = id
        self.ruleId = ruleId
        self.ruleTitle = ruleTitle
        self.severity = severity
        self.title = title
        self.entityType = entityType
        self.entityId = entityId
        self.entityAlternateId = entityAlternateId
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.status = status
        self.assignee = assignee
        self.created = created
        self.updated = updated
        self.document = document
        self.evidence = evidence
    }
}
