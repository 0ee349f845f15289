import Foundation
import VigilEvent
import VigilStore

/// What Vigil knows about one Okta user from the events it stored: profile, daily activity, sessions, devices,
/// alerts. `id` is an Okta user id or login.
struct UserOverview: Codable, Sendable {
    var profile: Profile
    var activity: [Day]
    var sessions: [Session]
    var devices: [Device]
    var alerts: [AlertSummary]

    struct Profile: Codable, Sendable {
        var id: String
        var login: String?
        var displayName: String?
        var firstSeen: String?
        var lastSeen: String?
        var lastIP: String?
        var lastLocation: String?
        /// From the newest lifecycle event about the user (`user.lifecycle.suspend` → SUSPENDED, ...), if any.
        var status: String?
        var statusSource: String?
        var eventsExamined: Int
    }

    struct Day: Codable, Sendable {
        var day: String
        var events: Int
        var failures: Int
        var distinctIPs: Int
        var sessions: Int
        /// Share of the busiest day, 0...100, for the activity bars.
        var percent: Int
    }

    struct Session: Codable, Sendable {
        var id: String
        var firstSeen: String
        var lastSeen: String
        var events: Int
        var ipAddresses: [String]
        var locations: [String]
        var failures: Int
    }

    struct Device: Codable, Sendable {
        var userAgent: String
        var firstSeen: String
        var lastSeen: String
        var events: Int
        var ipAddresses: [String]
    }

    /// How many of the user's newest events the sessions and devices are built from.
    static let window = 2_000

    static let lifecycle: [String: String] = [
        "user.lifecycle.create": "STAGED", "user.lifecycle.activate": "ACTIVE", "user.lifecycle.reactivate": "ACTIVE",
        "user.lifecycle.unsuspend": "ACTIVE", "user.account.unlock": "ACTIVE", "user.lifecycle.suspend": "SUSPENDED",
        "user.lifecycle.deactivate": "DEPROVISIONED", "user.account.lock": "LOCKED_OUT", "user.lifecycle.password_mode_change": "RECOVERY",
    ]

    /// Nil when the store has no event by or about the user.
    init?(user id: String, store: EventStore, triage: (any AlertTriage)?) async throws {
        var query = EventQuery(limit: Self.window)
        query.user = id
        let events = try store.search(query).map(EventSummary.init)
        var alerts = try await AlertFilter(entity: id, limit: 200).run(store, triage: triage)
        let login = events.first?.actor?.alternateId
        if alerts.isEmpty, let login, login != id {
            alerts = try await AlertFilter(entity: login, limit: 200).run(store, triage: triage)
        }
        var lifecycleQuery = EventQuery(text: login ?? id, limit: 1)
        lifecycleQuery.eventTypes = Array(Self.lifecycle.keys)
        let lifecycleEvent = try store.search(lifecycleQuery).first
        guard !events.isEmpty || !alerts.isEmpty || lifecycleEvent != nil else { return nil }

        let newest = events.first
        profile = Profile(id: newest?.actor?.id ?? alerts.first?.entity.id ?? id, login: login ?? alerts.first?.entity.alternateId,
                          displayName: newest?.actor?.displayName, firstSeen: events.last?.published, lastSeen: newest?.published,
                          lastIP: newest?.ipAddress, lastLocation: newest?.location,
                          status: lifecycleEvent.flatMap { Self.lifecycle[$0.eventType] },
                          statusSource: lifecycleEvent.map { "\($0.eventType) at \($0.published.iso8601)" }, eventsExamined: events.count)
        let days = try store.activity(user: profile.id)
        let busiest = max(1, days.map(\.events).max() ?? 1)
        activity = days.map {
            Day(day: String($0.day.iso8601.prefix(10)), events: $0.events, failures: $0.failures, distinctIPs: $0.distinctIPs,
                sessions: $0.sessions, percent: $0.events * 100 / busiest)
        }
        sessions = Self.sessions(events)
        devices = Self.devices(events)
        self.alerts = alerts
    }

    /// Sessions by Okta's external session id, most recent first.
    private static func sessions(_ events: [EventSummary]) -> [Session] {
        groups(events, limit: 50, key: { $0.sessionId.flatMap { $0 == "unknown" ? nil : $0 } }) { id, e in
            Session(id: id, firstSeen: e.published, lastSeen: e.published, events: 0, ipAddresses: [], locations: [], failures: 0)
        } update: { session, e in
            (session.firstSeen, session.events) = (e.published, session.events + 1)
            if e.failed { session.failures += 1 }
            session.ipAddresses.appendIfNew(e.ipAddress)
            session.locations.appendIfNew(e.location)
        }
    }

    /// Devices by user agent, most recent first.
    private static func devices(_ events: [EventSummary]) -> [Device] {
        groups(events, limit: 30, key: { $0.userAgent.flatMap { $0.isEmpty ? nil : $0 } }) { agent, e in
            Device(userAgent: agent, firstSeen: e.published, lastSeen: e.published, events: 0, ipAddresses: [])
        } update: { device, e in
            (device.firstSeen, device.events) = (e.published, device.events + 1)
            device.ipAddresses.appendIfNew(e.ipAddress)
        }
    }

    /// Groups newest-first events by `key`, in order of each group's newest event; `update` sees a group's events
    /// newest first, so the last one it sees is the group's first.
    private static func groups<G>(_ events: [EventSummary], limit: Int, key: (EventSummary) -> String?,
                                  make: (String, EventSummary) -> G, update: (inout G, EventSummary) -> Void) -> [G] {
        var order: [String] = [], byKey: [String: G] = [:]
        for e in events {
            guard let k = key(e) else { continue }
            if byKey[k] == nil { order.append(k) }
            update(&byKey[k, default: make(k, e)], e)
        }
        return order.prefix(limit).compactMap { byKey[$0] }
    }
}

extension Array where Element == String {
    mutating func appendIfNew(_ value: String?) {
        if let value, !contains(value) { append(value) }
    }
}
