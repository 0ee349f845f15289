import Foundation
import VigilEvent

/// A user's MFA factor deactivated (or all factors reset) with no factor activated for that user within 12 hours:
/// the account is left on password alone, which is what an attacker removing MFA wants.
///
/// An absence, so it is decided as event time passes the deadline (`advance`), not when an event arrives.
public struct FactorNotReactivated: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Hours within which a factor must be activated again.
        public var hours = 12.0
        public var maxPending = 100_000
        public init() {}
    }

    struct Pending: Codable, Sendable {
        var time: Int64, uuid: String, eventType: String, by: String, user: String, userId: String
    }

    public var eventTypes: Set<String> { Self.removals.union(["user.mfa.factor.activate"]) }
    public let descriptor = AnalyticDescriptor(
        id: "d4a1b7e3-8f2c-4d6a-b915-7e3f1a5c2d09", name: "factor_not_reactivated", title: "MFA removed and not re-enrolled",
        tags: ["attack.persistence", "attack.t1556.006", "attack.defense-impairment"])
    let configuration: Configuration
    let plan: FieldPlan
    var pending: KeyedState<String, Pending>

    public init(_ configuration: Configuration, plan: FieldPlan) {
        self.configuration = configuration
        self.plan = plan
        pending = KeyedState(ttl: Int64(configuration.hours * 2 * 3_600_000), cap: configuration.maxPending)
    }

    static let removals: Set<String> = ["user.mfa.factor.deactivate", "user.mfa.factor.reset_all"]

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        let now = event.published.millis
        if Self.removals.contains(event.eventType), event.succeeded {
            let user = event.subjectUser(plan: plan)
            guard !user.id.isEmpty else { return }
            let entry = Pending(time: now, uuid: event.uuid, eventType: event.eventType,
                                by: event.string(.actorAlternateId) ?? event.string(.actorId) ?? "unknown",
                                user: user.alternateId ?? user.id, userId: user.id)
            pending.update(user.id, at: now, initial: entry) { if $0.time < entry.time { $0 = entry } }
        } else if event.eventType == "user.mfa.factor.activate", event.succeeded {
            let user = event.subjectUser(plan: plan)
            if let p = pending[user.id], p.time <= now { pending.remove(user.id) }
        }
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) {
        let deadline = Int64(configuration.hours * 3_600_000)
        for (key, p, _) in pending.entries.sorted(by: { $0.value.time < $1.value.time }) where watermark - p.time >= deadline {
            pending.remove(key)
            emit(AnalyticFinding(
                severity: .medium, title: nil, entity: Alert.Entity(type: "User", id: p.userId, alternateId: p.user),
                events: [p.uuid], firstSeen: Timestamp(millis: p.time), lastSeen: Timestamp(millis: p.time), episode: p.uuid,
                why: "\(p.eventType) for \(p.user) by \(p.by) at \(Timestamp(millis: p.time).iso8601); "
                    + "no factor activated for the user in the \(Int(configuration.hours)) h since"))
        }
    }

    public mutating func resetWindows() { pending.removeAll() }
    public var stateSize: Int { pending.count }
    public func snapshot() throws -> Data { try encode(pending) }
    public mutating func restore(_ data: Data) throws { pending = try decode(KeyedState<String, Pending>.self, data) }
}
