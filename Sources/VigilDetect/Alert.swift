import VigilSigma

/// An alert: a rule matched, with the evidence and who it concerns.
///
/// Its JSON form (`json`) is a stable contract consumed by notifiers, the UI and users' scripts: keys and their
/// meaning do not change without a version bump.
public struct Alert: Sendable, Equatable, Codable {
    /// Deterministic: derived from the rule id and the evidence uuids, so re-running detection over the same
    /// events yields the same ids (deduplication, reproducible tests).
    public var id: String
    public var rule: RuleRef
    public var severity: SigmaLevel
    public var title: String
    public var entity: Entity
    /// The uuids of the evidence events.
    public var events: [String]
    /// RFC 3339, millisecond precision, UTC.
    public var firstSeen: String
    public var lastSeen: String
    public var tags: [String]
    /// One sentence saying what matched, with the values.
    public var why: String

    /// The rule that raised the alert.
    public struct RuleRef: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
    }

    /// Whom the alert is about: an Okta actor or target (`User`, `AppInstance`, ...).
    public struct Entity: Sendable, Equatable, Codable {
        public var type: String
        public var id: String
        public var alternateId: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, rule, severity, title, entity, events, tags, why
        case firstSeen = "first_seen", lastSeen = "last_seen"
    }
}
