import Foundation
import VigilEvent

/// A successful sign-in from an IP that was just spraying passwords, or for a user whose password was just
/// brute-forced: the credential attack worked.
public struct SuccessAfterAttack: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Users with rejected passwords from the IP within `window_minutes` that make it a spraying IP.
        public var sprayUsers = 10
        /// Rejected passwords for the user within `window_minutes` that make a brute force.
        public var userFailures = 5
        public var windowMinutes = 30.0
        public var maxKeys = 200_000
        public init() {}
    }

    public var eventTypes: Set<String> { ["user.session.start"] }
    public let descriptor = AnalyticDescriptor(
        id: "b8e4f2a1-0c7d-4f3b-8e29-5a1c9d7f3b08", name: "success_after_attack", title: "Successful sign-in after a credential attack",
        tags: ["attack.credential-access", "attack.t1110", "attack.initial-access", "attack.t1078"])
    let configuration: Configuration
    var byIP: WindowTable
    var byUser: WindowTable

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        byIP = WindowTable(minutes: configuration.windowMinutes, cap: configuration.maxKeys)
        byUser = WindowTable(minutes: configuration.windowMinutes, cap: configuration.maxKeys)
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        // What kind of sign-in first: most events are neither, and need no strings.
        let failure = event.isPasswordFailure
        guard failure || event.isSignInSuccess, let ip = event.ip, let user = event.userKey else { return }
        if failure {
            _ = byIP.add(ip, event, value: user)
            if !event.actorIsUnknown { _ = byUser.add(user, event, value: ip) }
            return
        }
        let now = event.published.millis
        if let w = byIP.window(ip, at: now), w.distinct >= configuration.sprayUsers {
            emit(AnalyticFinding(
                severity: .critical, title: "Successful sign-in from a password-spraying IP", entity: event.actorEntity,
                events: w.uuids + [event.uuid], firstSeen: w.first, lastSeen: event.published, episode: event.uuid,
                why: "\(user) signed in at \(Alert.clock(event.published)) from \(event.originText), which failed passwords for "
                    + "\(w.distinct) users (\(w.sample(3))) over the \(w.minutes) min before"))
        } else if let w = byUser.window(user, at: now), w.entries.count >= configuration.userFailures {
            emit(AnalyticFinding(
                severity: .high, title: "Successful sign-in after brute force", entity: event.actorEntity,
                events: w.uuids + [event.uuid], firstSeen: w.first, lastSeen: event.published, episode: event.uuid,
                why: "\(user) signed in at \(Alert.clock(event.published)) from \(event.originText) after \(w.entries.count) "
                    + "rejected passwords from \(w.distinct) IP(s) (\(w.sample(3))) in \(w.minutes) min"))
        }
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) {
        byIP.sweep(now: watermark)
        byUser.sweep(now: watermark)
    }

    public mutating func resetWindows() {
        byIP.removeAll()
        byUser.removeAll()
    }

    public var stateSize: Int { byIP.count + byUser.count }
    struct State: Codable { var byIP, byUser: WindowTable }
    public func snapshot() throws -> Data { try encode(State(byIP: byIP, byUser: byUser)) }
    public mutating func restore(_ data: Data) throws {
        let s = try decode(State.self, data)
        (byIP, byUser) = (s.byIP, s.byUser)
    }
}
