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
        var ip: String, asn: String, agent: UInt64, os: String
        var description: String, uuid: String, time: Int64
        var reported = false
    }

    public let descriptor = AnalyticDescriptor(
        id: "c61e8f27-5d3a-4b9e-8c70-1a4f6d2e9b03", name: "session_hijack", title: "Session used from a new network and client",
        tags: ["attack.credential-access", "attack.t1539", "attack.lateral-movement", "attack.t1550.004"])
    let configuration: Configuration
    var sessions: KeyedState<Origin>

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        sessions = KeyedState(ttl: Int64(configuration.sessionHours * 3_600_000), cap: configuration.maxSessions)
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        guard !event.failed, let ip = event.ip else { return }
        var keys: [String] = []
        for (prefix, field) in [("session ", HotField.externalSessionId), ("root session ", .rootSessionId), ("dtHash ", .dtHash)] {
            if let v = event.string(field), !v.isEmpty, v != "unknown" { keys.append(prefix + v) }
        }
        guard !keys.isEmpty else { return }
        let now = event.published.millis
        let asn = event.string(.asNumber) ?? "", os = event.string(.userAgentOS) ?? ""
        let agent = event.userAgentHash
        // Only a session's first sighting pays for the words the alert will need.
        func origin() -> Origin {
            Origin(ip: ip, asn: asn, agent: agent, os: os, description: Self.describe(event), uuid: event.uuid, time: now)
        }
        for key in keys {
            let first = sessions.update(key, at: now, initial: origin()) { stored -> Origin? in
                guard stored.uuid != event.uuid, !stored.reported, stored.ip != ip, stored.asn != asn,
                      stored.agent != agent || stored.os != os else { return nil }
                stored.reported = true
                return stored
            }
            guard let first else { continue }
            let scripted = event.hasScriptedUserAgent
            emit(AnalyticFinding(
                severity: scripted ? .critical : .high, title: nil, entity: event.actorEntity, events: [first.uuid, event.uuid],
                firstSeen: Timestamp(millis: first.time), lastSeen: event.published, episode: key,
                why: "\(key.prefix(48)) began at \(Alert.clock(Timestamp(millis: first.time))) \(first.description); "
                    + "at \(Alert.clock(event.published)) \(event.eventType) used it \(Self.describe(event))"
                    + (scripted ? " (a scripted client)" : "")))
            return
        }
    }

    /// `from 203.0.113.9 (AS 14061, DigitalOcean) in Frankfurt, DE with "python-requests/2.32"`.
    static func describe(_ event: OktaEvent) -> String {
        "from \(event.originText) in \(event.placeText) with \"\(event.string(.userAgent)?.prefix(60) ?? "no user agent")\""
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) { sessions.sweep(now: watermark) }
    public mutating func resetWindows() { sessions.removeAll() }
    public var stateSize: Int { sessions.count }
    public func snapshot() throws -> Data { try encode(sessions) }
    public mutating func restore(_ data: Data) throws { sessions = try decode(KeyedState<Origin>.self, data) }
}
