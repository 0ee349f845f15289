import Foundation
import VigilEvent

/// Credential stuffing: sign-ins failing for many logins Okta does not know (a leaked list from elsewhere).
public struct CredentialStuffing: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Distinct unknown logins failing tenant-wide within `window_minutes`.
        public var unknownUsers = 10
        public var windowMinutes = 15.0
        public init() {}
    }

    public var eventTypes: Set<String> { ["user.session.start"] }
    public let descriptor = AnalyticDescriptor(
        id: "a3c7e1f9-6b2d-4e0a-9f58-4d2b8c6e1a07", name: "credential_stuffing", title: "Credential stuffing with unknown users",
        tags: ["attack.credential-access", "attack.t1110.004"])
    let configuration: Configuration
    var unknown: WindowTable
    var ips: WindowTable

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        unknown = WindowTable(minutes: configuration.windowMinutes, cap: 1)
        ips = WindowTable(minutes: configuration.windowMinutes, cap: 1)
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        guard event.isPasswordFailure, event.actorIsUnknown, let login = event.userKey else { return }
        let w = unknown.add("", event, value: login)
        let sources = ips.add("", event, value: event.ip ?? "")
        guard w.distinct >= configuration.unknownUsers else { return }
        emit(AnalyticFinding(
            severity: .high, title: nil, entity: Alert.Entity(type: "Tenant", id: "", alternateId: nil), events: w.uuids,
            firstSeen: w.first, lastSeen: event.published, episode: unknown.episode("", at: event.published.millis),
            why: "\(w.distinct) unknown logins (\(w.sample(3))) failed to sign in from \(sources.distinct) IPs in \(w.minutes) min"))
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) {
        unknown.sweep(now: watermark)
        ips.sweep(now: watermark)
    }

    public mutating func resetWindows() {
        unknown.removeAll()
        ips.removeAll()
    }

    public var stateSize: Int { 2 }
    struct State: Codable { var unknown, ips: WindowTable }
    public func snapshot() throws -> Data { try encode(State(unknown: unknown, ips: ips)) }
    public mutating func restore(_ data: Data) throws {
        let s = try decode(State.self, data)
        (unknown, ips) = (s.unknown, s.ips)
    }
}
