import VigilEvent
import VigilSigma

/// Sliding windows of events by key (an IP, a user, the tenant), with the episode bookkeeping that lets a long
/// attack raise one alert that grows: the analytics' counterpart of a correlation's groups.
struct WindowTable: Codable, Sendable {
    var windows: KeyedState<String, CorrelationWindow>
    let span: Int64

    init(minutes: Double, cap: Int) {
        span = Int64(minutes * 60_000)
        windows = KeyedState(ttl: span, cap: cap)
    }

    /// Adds `event` (with the value counted for distinct counts) to `key`'s window and returns the window.
    mutating func add(_ key: String, _ event: OktaEvent, value: String? = nil) -> CorrelationWindow {
        let now = event.published.millis
        let span = span
        return windows.update(key, at: now, initial: CorrelationWindow()) { w in
            w.insert(.init(time: now, events: [event.uuid], value: value), cap: 1_024)
            w.evict(before: now - span)
            return w
        }
    }

    /// The window of `key` as of `now`, without what has expired.
    func window(_ key: String, at now: Int64) -> CorrelationWindow? {
        guard var w = windows[key] else { return nil }
        w.evict(before: now - span)
        return w.entries.isEmpty ? nil : w
    }

    /// The episode the condition now holding belongs to: the running one if it was fed within the span, else a
    /// new one named after the window's earliest event.
    mutating func episode(_ key: String, at now: Int64) -> String {
        let span = span
        return windows.update(key, at: now, initial: CorrelationWindow()) { w in
            if var e = w.episode, now - e.last <= span {
                e.last = now
                w.episode = e
                return e.id
            }
            let id = w.entries.first?.events.first ?? ""
            w.episode = .init(id: id, first: w.entries.first?.time ?? now, last: now)
            return id
        }
    }

    mutating func sweep(now: Int64) { windows.sweep(now: now) }
    mutating func removeAll() { windows.removeAll() }
    var count: Int { windows.count }
}

extension OktaEvent {
    /// A rejected password at sign-in (Okta writes `user.session.start` FAILURE with `INVALID_CREDENTIALS`, or
    /// `VERIFICATION_ERROR` for an unknown login).
    var isPasswordFailure: Bool {
        guard eventType == "user.session.start", failed else { return false }
        let reason = string(.outcomeReason)?.uppercased() ?? ""
        return reason.contains("INVALID_CREDENTIALS") || reason.contains("VERIFICATION_ERROR") || reason.contains("INVALID_LOGIN")
    }

    var isSignInSuccess: Bool { eventType == "user.session.start" && succeeded }

    /// An alert entity for an IP address.
    var ipEntity: Alert.Entity { Alert.Entity(type: "IPAddress", id: ip ?? "", alternateId: networkText.isEmpty ? nil : networkText) }
}

extension CorrelationWindow {
    var uuids: [String] { entries.flatMap(\.events) }
    var distinct: Int { counts.count }
    func sample(_ n: Int = 5) -> String {
        let values = counts.keys.sorted().prefix(n).joined(separator: ", ")
        return counts.count > n ? values + ", …" : values
    }
    var minutes: Int { max(1, Int((Double((entries.last?.time ?? 0) - (entries.first?.time ?? 0)) / 60_000).rounded(.up))) }
    var first: Timestamp { Timestamp(millis: entries.first?.time ?? 0) }
}
