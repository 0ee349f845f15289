import VigilEvent

/// Which alerts to list, in which order, one page at a time.
public struct AlertQuery: Sendable, Equatable {
    /// Empty: every status.
    public var statuses: Set<AlertStatus> = []
    public var minimumSeverity = 0
    public var ruleId: String?
    /// An entity's Okta id or alternate id (case-insensitive), e.g. a user's login.
    public var entity: String?
    public var assignee: String?
    /// Alerts whose evidence overlaps [since, until]: last seen at or after `since`, first seen at or before `until`.
    public var since: Timestamp?
    public var until: Timestamp?
    public var order: Order = .newest
    public var limit = 50
    /// Continue after this alert (the `next` of the previous page).
    public var after: AlertCursor?

    public enum Order: String, Sendable, CaseIterable {
        /// Last seen, newest first.
        case newest
        /// Severity, then last seen, newest first.
        case mostSevere = "most_severe"
    }

    public init(statuses: Set<AlertStatus> = [], minimumSeverity: Int = 0, ruleId: String? = nil, entity: String? = nil,
                since: Timestamp? = nil, until: Timestamp? = nil, order: Order = .newest, limit: Int = 50) {
        self.statuses = statuses
        self.minimumSeverity = minimumSeverity
        self.ruleId = ruleId
        self.entity = entity
        self.since = since
        self.until = until
        self.order = order
        self.limit = limit
    }
}

/// Where a page of alerts ended: the sort key of its last alert. Its `token` form travels in URLs.
public struct AlertCursor: Sendable, Hashable {
    public var severity: Int
    public var lastSeen: Int64
    public var id: String

    public init(severity: Int, lastSeen: Int64, id: String) {
        self.severity = severity
        self.lastSeen = lastSeen
        self.id = id
    }

    /// `severity.lastSeenMillis.id`.
    public var token: String { "\(severity).\(lastSeen).\(id)" }

    public init?(token: String) {
        let parts = token.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let s = Int(parts[0]), let t = Int64(parts[1]), !parts[2].isEmpty else { return nil }
        self.init(severity: s, lastSeen: t, id: String(parts[2]))
    }
}

/// One page of alerts; `next` is set when more may follow.
public struct AlertPage: Sendable {
    public var alerts: [AlertRecord]
    public var next: AlertCursor?
}
