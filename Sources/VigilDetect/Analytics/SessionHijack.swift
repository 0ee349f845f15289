import Foundation
import VigilEvent

/// One session (externalSessionId, rootSessionId) or one browser fingerprint (dtHash) used from a new IP *and* a
/// new network (ASN) with a different user agent or OS: a stolen session cookie replayed elsewhere. A scripted
/// user agent on the replay raises the severity to critical.
public struct SessionHijack: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// How long a session's first origin is remembered, in hours (Okta's maximum session lifetime is 24 h+).
        public var sessionHours = 24.0
        public var maxSessions = 500_000
        public init() {}
    }

    /// Where a session was first seen: what later uses are compared with, and the words for the alert.
    struct Origin: Codable, Sendable {
        var ip: UInt64, asn: UInt64, agent: UInt64, os: UInt64
        /// The key as written and where the session began, for the alert.
        var key: String, description: String, uuid: String, time: Int64
        var reported = false
    }

    public var eventTypes: Set<String> { Self.sessionUses }
    public let descriptor = AnalyticDescriptor(
        id: "c61e8f27-5d3a-4b9e-8c70-1a4f6d2e9b03", name: "session_hijack", title: "Session used from a new network and client",
        tags: ["attack.credential-access", "attack.t1539", "attack.lateral-movement", "attack.t1550.004"])
    let configuration: Configuration
    var sessions: KeyedState<UInt64, Origin>

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        sessions = KeyedState(ttl: Int64(configuration.sessionHours * 3_600_000), cap: configuration.maxSessions)
    }

    /// Events that use a session from a client (sign-in, SSO, session changes, admin console), not background
    /// or admin events about other objects.
    static let sessionUses: Set<String> = [
        "user.session.start", "user.authentication.sso", "user.session.context.change", "user.session.access_admin_app",
        "policy.evaluate_sign_on", "app.oauth2.as.authorize", "user.authentication.auth_via_mfa",
    ]

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        // The engine routes only `sessionUses` here.
        guard !event.failed, event.fields.has(HotField.clientIP.rawValue) else { return }
        // Sessions are keyed by hashes of the raw values (the field seeds its hash, so the three kinds never meet):
        // nothing is allocated per event; a session's first sighting keeps its words for the alert.
        let session = event.hash(.externalSessionId, seed: 1), root = event.hash(.rootSessionId, seed: 1)
        let now = event.published.millis
        // The client's hashes as needed: a session used again from where it began is told apart by its IP alone.
        let ip = event.hash(.clientIP)
        var hashes: (asn: UInt64, os: UInt64, agent: UInt64)?
        func client() -> (asn: UInt64, os: UInt64, agent: UInt64) {
            if let hashes { return hashes }
            hashes = (event.hash(.asNumber), event.hash(.userAgentOS), event.hash(.userAgent))
            return hashes!
        }
        // Described once for all keys first seen in this event, and only if one is.
        var described: String?
        func description() -> String {
            if let described { return described }
            described = Self.describe(event)
            return described!
        }
        /// The session's first sighting, if this use of it is the hijack.
        func replayed(_ field: HotField, _ key: UInt64) -> Origin? {
            guard key != 0 && key != Self.unknown[field == .dtHash ? 1 : 0] else { return nil }
            return sessions.update(key, at: now, initial: Origin(
                ip: ip, asn: client().asn, agent: client().agent, os: client().os, key: "\(field == .dtHash ? "dtHash" : "session") \(event.string(field) ?? "")",
                description: description(), uuid: event.uuid, time: now)
            ) { stored -> Origin? in
                guard !stored.reported, stored.ip != ip, stored.uuid != event.uuid, stored.asn != client().asn,
                      stored.agent != client().agent || stored.os != client().os else { return nil }
                stored.reported = true
                return stored
            }
        }
        // Each key in turn (no array of keys: this runs for every sign-in and SSO), the first replay reported.
        guard let first = replayed(.externalSessionId, session) ?? replayed(.rootSessionId, root == session ? 0 : root)
                ?? replayed(.dtHash, event.hash(.dtHash, seed: 2)) else { return }
        let scripted = event.hasScriptedUserAgent
        emit(AnalyticFinding(
            severity: scripted ? .critical : .high, title: nil, entity: event.actorEntity, events: [first.uuid, event.uuid],
            firstSeen: Timestamp(millis: first.time), lastSeen: event.published, episode: first.key,
            why: "\(first.key.prefix(48)) began at \(Alert.clock(Timestamp(millis: first.time))) \(first.description); "
                + "at \(Alert.clock(event.published)) \(event.eventType) used it \(Self.describe(event))"
                + (scripted ? " (a scripted client)" : "")))
    }

    /// Okta writes `unknown` for a session it could not attribute: the hashes of that value, per seed.
    static let unknown = [UInt64(1), 2].map { seed in
        Array("unknown".utf8).withUnsafeBufferPointer { StableHash.hash($0, seed: seed) }
    }

    /// `from 203.0.113.9 (AS 14061, DigitalOcean) in Frankfurt, DE with "python-requests/2.32"`.
    static func describe(_ event: OktaEvent) -> String {
        // Appended into one string sized up front: this runs for every new session.
        var text = "from "
        text.reserveCapacity(200)
        event.appendOrigin(to: &text)
        text += " in "
        event.appendPlace(to: &text)
        text += " with \""
        text += event.prefix(.userAgent, characters: 60) ?? "no user agent"
        text += "\""
        return text
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) { sessions.sweep(now: watermark) }
    public mutating func resetWindows() { sessions.removeAll() }
    public var stateSize: Int { sessions.count }
    /// Sessions are keyed by hashes, so the state names the hash function that made them.
    struct State: Codable {
        var hash: Int
        var sessions: KeyedState<UInt64, Origin>
    }

    public func snapshot() throws -> Data { try encode(State(hash: StableHash.version, sessions: sessions)) }

    /// State saved with another hash function (or before the state named one) is dropped: its keys would never
    /// match a session again. Sessions already begun are then learnt anew.
    public mutating func restore(_ data: Data) throws {
        if let state = try? decode(State.self, data) {
            sessions = state.hash == StableHash.version ? state.sessions : KeyedState(ttl: sessions.ttl, cap: sessions.cap)
            return
        }
        // Saved before the state named its hash function; anything else is an error.
        _ = try decode(KeyedState<UInt64, Origin>.self, data)
        sessions = KeyedState(ttl: sessions.ttl, cap: sessions.cap)
    }
}
