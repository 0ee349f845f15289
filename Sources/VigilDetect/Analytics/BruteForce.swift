import Foundation
import VigilEvent

/// Brute force against one user: many rejected passwords for the same login, from one IP or spread over many.
public struct BruteForce: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Rejected passwords for one user within `window_minutes`.
        public var failures = 8
        public var windowMinutes = 30.0
        public var maxUsers = 100_000
        public init() {}
    }

    public var eventTypes: Set<String> { ["user.session.start"] }
    public let descriptor = AnalyticDescriptor(
        id: "7d2e9c4b-1a5f-4b8e-a6d3-9c1f0e2b3a06", name: "brute_force", title: "Brute force against one user",
        tags: ["attack.credential-access", "attack.t1110.001"])
    let configuration: Configuration
    var byUser: WindowTable

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        byUser = WindowTable(minutes: configuration.windowMinutes, cap: configuration.maxUsers)
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        guard event.isPasswordFailure, !event.actorIsUnknown, let user = event.userKey else { return }
        let w = byUser.add(user, event, value: event.ip ?? "")
        guard w.entries.count >= configuration.failures else { return }
        let spread = w.distinct > 1 ? "from \(w.distinct) IPs (\(w.sample(3)))" : "from \(event.originText)"
        emit(AnalyticFinding(
            severity: .medium, title: nil, entity: event.actorEntity, events: w.uuids, firstSeen: w.first,
            lastSeen: event.published, episode: byUser.episode(user, at: event.published.millis),
            why: "\(w.entries.count) rejected passwords for \(user) in \(w.minutes) min \(spread)"))
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) { byUser.sweep(now: watermark) }
    public mutating func resetWindows() { byUser.removeAll() }
    public var stateSize: Int { byUser.count }
    public func snapshot() throws -> Data { try encode(byUser) }
    public mutating func restore(_ data: Data) throws { byUser = try decode(WindowTable.self, data) }
}
