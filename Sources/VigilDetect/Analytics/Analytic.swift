import Foundation
import VigilEvent
import VigilSigma

/// A behavioural analytic: detection logic Sigma cannot say (geography, baselines, absence, sessions), run over
/// events in event time with bounded state that can be snapshotted and restored.
public protocol Analytic: Sendable {
    /// What alerts from it are called; `descriptor.id` is their rule id.
    var descriptor: AnalyticDescriptor { get }
    /// The event types it looks at; the engine hands it no others.
    var eventTypes: Set<String> { get }
    /// Looks at one event (in event-time order) and reports what it finds.
    mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void)
    /// Event time reached `watermark`: forget expired state, and report absences that are now certain.
    mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void)
    /// Forgets windowed state but keeps baselines (what is usual for a user), for re-evaluation.
    mutating func resetWindows()
    /// Entries held, for memory reporting.
    var stateSize: Int { get }
    /// The state, encoded; `restore` reads it back.
    func snapshot() throws -> Data
    mutating func restore(_ data: Data) throws
}

/// Names an analytic and its alerts.
public struct AnalyticDescriptor: Sendable {
    /// A UUID, stable across releases: the `rule.id` of its alerts.
    public var id: String
    /// The key of its section in the analytics configuration (`impossible_travel`).
    public var name: String
    public var title: String
    public var tags: [String]
}

/// One thing an analytic found: severity, who, evidence and why.
public struct AnalyticFinding: Sendable {
    public var severity: SigmaLevel
    /// A title more specific than the analytic's, when the finding has a variant (`... then accepted`).
    public var title: String?
    public var entity: Alert.Entity
    public var events: [String]
    public var firstSeen: Timestamp
    public var lastSeen: Timestamp
    /// With the analytic id, the alert id: the same episode re-found gives the same id.
    public var episode: String
    public var why: String
}

extension Analytic {
    /// Encodes `state` for a snapshot.
    func encode<S: Encodable>(_ state: S) throws -> Data { try JSONEncoder().encode(state) }
    func decode<S: Decodable>(_ type: S.Type, _ data: Data) throws -> S { try JSONDecoder().decode(type, from: data) }
}

extension Alert {
    init(finding f: AnalyticFinding, from d: AnalyticDescriptor) {
        self.init(id: Self.id(rule: d.id, events: ["episode:" + f.episode]), rule: RuleRef(id: d.id, title: d.title),
                  severity: f.severity, title: f.title ?? d.title, entity: f.entity, events: f.events,
                  firstSeen: f.firstSeen.iso8601, lastSeen: f.lastSeen.iso8601, tags: d.tags, why: f.why)
    }
}
