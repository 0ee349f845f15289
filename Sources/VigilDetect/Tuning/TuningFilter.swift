import Synchronization
import VigilEvent
import VigilSigma

/// Applies an organisation's tuning to alerts before they are stored: drops alerts of disabled rules and alerts an
/// active exception covers, sets tuned severities, and counts what it suppressed.
///
/// Exceptions on the network (ip, asn) and on apps are judged on the alert's evidence events: an alert is
/// suppressed only when every evidence event matches, so one event from elsewhere keeps it. Without its evidence
/// events at hand, such an exception does not apply (the safe side: alert rather than miss).
public final class TuningFilter: Sendable {
    public let tuning: DetectionTuning
    private let ranges: [IPRange?]
    private let groupsOfUser: @Sendable (String) -> [String]
    private let counts = Mutex(Counts())

    /// What the filter suppressed since it was made.
    public struct Counts: Sendable, Equatable {
        /// Alerts of rules the tuning disables.
        public var disabled = 0
        /// Alerts an exception covered.
        public var excepted = 0
        /// Both, by rule id.
        public var byRule: [String: Int] = [:]
        public var total: Int { disabled + excepted }
    }

    /// `groupsOfUser` names the groups (names or ids) of a user, given an Okta user id or login, for `group`
    /// exceptions; without it, a group exception matches only events that target the group.
    public init(tuning: DetectionTuning, groupsOfUser: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        self.tuning = tuning
        ranges = tuning.exceptions.map { $0.ip.flatMap(IPRange.init(cidr:)) }
        self.groupsOfUser = groupsOfUser
    }

    public var suppressed: Counts { counts.withLock { $0 } }

    /// The alerts to keep, with tuned severities. `events` are the evidence (any superset of it).
    public func apply(_ alerts: [Alert], events: [OktaEvent] = [], now: Timestamp = .now()) -> [Alert] {
        guard !alerts.isEmpty else { return alerts }
        // Only the alerts' evidence is indexed, and only when there are exceptions to match it against: indexing
        // the whole batch copied and hashed every event of every batch, alerts or not.
        var byUUID: [String: OktaEvent] = [:]
        if !tuning.exceptions.isEmpty {
            let wanted = Set(alerts.flatMap(\.events))
            for event in events where wanted.contains(event.uuid) && byUUID[event.uuid] == nil { byUUID[event.uuid] = event }
        }
        var kept: [Alert] = []
        var tally = Counts()
        for var alert in alerts {
            let ruleTuning = tuning.tuning(ruleId: alert.rule.id, title: alert.rule.title)
            if ruleTuning?.enabled == false {
                tally.disabled += 1
                tally.byRule[alert.rule.id, default: 0] += 1
                continue
            }
            let evidence = alert.events.compactMap { byUUID[$0] }
            if exception(for: alert, evidence: evidence.count == alert.events.count ? evidence : [], now: now) != nil {
                tally.excepted += 1
                tally.byRule[alert.rule.id, default: 0] += 1
                continue
            }
            if let severity = ruleTuning?.severity { alert.severity = severity }
            kept.append(alert)
        }
        if tally.total > 0 {
            counts.withLock {
                $0.disabled += tally.disabled
                $0.excepted += tally.excepted
                $0.byRule.merge(tally.byRule, uniquingKeysWith: +)
            }
        }
        return kept
    }

    /// The first active exception that covers the alert, given all of its evidence events (or none).
    public func exception(for alert: Alert, evidence: [OktaEvent], now: Timestamp = .now()) -> TuningException? {
        for (index, exception) in tuning.exceptions.enumerated()
        where exception.isActive(at: now) && exception.applies(ruleId: alert.rule.id, title: alert.rule.title) {
            if matches(exception, range: ranges[index], alert: alert, evidence: evidence) { return exception }
        }
        return nil
    }

    private func matches(_ e: TuningException, range: IPRange?, alert: Alert, evidence: [OktaEvent]) -> Bool {
        let entityIds = [alert.entity.id, alert.entity.alternateId].compactMap { $0 }.filter { !$0.isEmpty }
        func every(_ test: (OktaEvent) -> Bool) -> Bool { !evidence.isEmpty && evidence.allSatisfy(test) }
        if let user = e.user {
            let entityMatch = alert.entity.type == "User" && entityIds.contains { $0.equalsIgnoringCase(user) }
            guard entityMatch || every({ $0.actorNames.contains { $0.equalsIgnoringCase(user) } }) else { return false }
        }
        if let group = e.group {
            let member = entityIds.flatMap(groupsOfUser).contains { $0.equalsIgnoringCase(group) }
            guard member || every({ $0.targets(ofType: "UserGroup", named: group) }) else { return false }
        }
        if e.ip != nil {
            guard let range, every({ $0.string(.clientIP).flatMap(IPRange.parse).map(range.contains) ?? false }) else { return false }
        }
        if let asn = e.asn {
            guard every({ $0.string(.asNumber).flatMap { Int($0) } == asn }) else { return false }
        }
        if let app = e.app {
            let entityMatch = alert.entity.type == "AppInstance" && entityIds.contains { $0.equalsIgnoringCase(app) }
            guard entityMatch || every({ $0.targets(ofType: "AppInstance", named: app) }) else { return false }
        }
        return true
    }
}

extension OktaEvent {
    fileprivate var actorNames: [String] { [string(.actorId), string(.actorAlternateId)].compactMap { $0 } }

    /// Whether a target of `type` is among the targets and one of them is named `name` (id, alternate id or
    /// display name). Target fields are read per path, so this is per event rather than per target object.
    fileprivate func targets(ofType type: String, named name: String) -> Bool {
        guard strings(.targetType).contains(type) else { return false }
        return (strings(.targetId) + strings(.targetAlternateId) + strings(.targetDisplayName)).contains { $0.equalsIgnoringCase(name) }
    }
}

extension String {
    fileprivate func equalsIgnoringCase(_ other: String) -> Bool {
        count == other.count && lowercased() == other.lowercased()
    }
}
