import Foundation
import VigilEvent
import VigilSigma

/// MFA push fatigue: many Okta Verify pushes denied (or failed) for one user in a short time, and the escalation
/// when the user then accepts one, which means the attacker is in.
public struct PushFatigue: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Denied pushes within `window_minutes` that make fatigue.
        public var threshold = 3
        public var windowMinutes = 10.0
        /// How long after the fatigue an accepted push or sign-in escalates it.
        public var escalationMinutes = 30.0
        public var maxUsers = 100_000
        public init() {}
    }

    struct UserState: Codable, Sendable {
        var window = CorrelationWindow()
        /// The fatigue episode (its first denial) and when it was last fed, until it escalates.
        var episode: String?
        var episodeLast: Int64 = 0
        var escalated = false
        /// Where the denied pushes were requested from (the latest), for the alert's reason.
        var origin = ""
    }

    public var eventTypes: Set<String> { ["user.mfa.okta_verify.deny_push", "user.authentication.auth_via_mfa", "user.session.start"] }
    public let descriptor = AnalyticDescriptor(
        id: "e2d94a6b-3c1f-4e7a-9b85-2d6c0f8a1e04", name: "push_fatigue", title: "MFA push fatigue",
        tags: ["attack.credential-access", "attack.t1621"])
    let configuration: Configuration
    var users: KeyedState<String, UserState>

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        users = KeyedState(ttl: Int64((configuration.windowMinutes + configuration.escalationMinutes) * 60_000), cap: configuration.maxUsers)
    }

    func isDenial(_ event: OktaEvent) -> Bool {
        if event.eventType == "user.mfa.okta_verify.deny_push" { return true }
        guard event.eventType == "user.authentication.auth_via_mfa", event.failed else { return false }
        return event.string(.credentialType)?.uppercased().contains("PUSH") ?? false
    }

    func isAcceptance(_ event: OktaEvent) -> Bool {
        guard event.succeeded else { return false }
        return event.eventType == "user.authentication.auth_via_mfa" || event.eventType == "user.session.start"
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        let denial = isDenial(event)
        guard denial || isAcceptance(event), let user = event.userKey else { return }
        let now = event.published.millis
        let window = Int64(configuration.windowMinutes * 60_000)
        if !denial {
            guard let state = users[user], let episode = state.episode, !state.escalated,
                  now - state.episodeLast <= Int64(configuration.escalationMinutes * 60_000) else { return }
            users.update(user, at: now, initial: state) { $0.escalated = true }
            let entries = state.window.entries
            let ips = Set(entries.compactMap(\.value))
            let same = ips == [event.ip ?? ""] ? "the same IP" : event.originText
            emit(AnalyticFinding(
                severity: .critical, title: "MFA push fatigue, then accepted", entity: event.actorEntity,
                events: entries.flatMap(\.events) + [event.uuid], firstSeen: Timestamp(millis: entries.first?.time ?? now),
                lastSeen: event.published, episode: episode + ":accepted",
                why: Self.summary(entries, origin: state.origin)
                    + ", then \(event.eventType == "user.session.start" ? "signed in" : "accepted") "
                    + "\(Alert.clock(event.published)) from \(same)"))
            return
        }
        let origin = event.originText
        let found = users.update(user, at: now, initial: UserState()) { state -> AnalyticFinding? in
            state.window.insert(.init(time: now, events: [event.uuid], value: event.ip), cap: 256)
            state.origin = origin
            state.window.evict(before: now - window)
            guard state.window.entries.count >= configuration.threshold, let first = state.window.entries.first else { return nil }
            if state.episode == nil || now - state.episodeLast > window || state.escalated {
                state.episode = first.events[0]
                state.escalated = false
            }
            state.episodeLast = now
            return AnalyticFinding(
                severity: .high, title: nil, entity: event.actorEntity, events: state.window.entries.flatMap(\.events),
                firstSeen: Timestamp(millis: first.time), lastSeen: event.published, episode: state.episode!,
                why: Self.summary(state.window.entries, origin: origin))
        }
        if let found { emit(found) }
    }

    /// `8 pushes denied in 6 min from 203.0.113.9 (AS 14061, DigitalOcean)`.
    static func summary(_ entries: [CorrelationWindow.Entry], origin: String) -> String {
        let minutes = Int((Double((entries.last?.time ?? 0) - (entries.first?.time ?? 0)) / 60_000).rounded(.up))
        return "\(entries.count) pushes denied in \(max(minutes, 1)) min from \(origin)"
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) { users.sweep(now: watermark) }
    public mutating func resetWindows() { users.removeAll() }
    public var stateSize: Int { users.count }
    public func snapshot() throws -> Data { try encode(users) }
    public mutating func restore(_ data: Data) throws { users = try decode(KeyedState<String, UserState>.self, data) }
}
