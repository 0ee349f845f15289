import Foundation
import Testing
import VigilEvent
@testable import VigilStore

/// Alerts in the store: grouping by rule and entity, the analyst's lifecycle, history and listing.
@Suite struct AlertStoreTests {
    static let base = StoreFixtures.base

    static func alert(_ id: String, rule: String = "r1", user: Int = 1, severity: Int = 2, minute: Double = 0,
                      events: [Int]? = nil) -> AlertRecord {
        let at = base.adding(seconds: minute * 60)
        let uuids = (events ?? [Int(minute)]).map { StoreFixtures.event($0).uuid }
        let document = """
            {"id":"\(id)","rule":{"id":"\(rule)","title":"Rule"},"severity":"medium","title":"t",\
            "entity":{"type":"User","id":"00u\(user)","alternateId":"user\(user)@example.com"},\
            "events":[\(uuids.map { "\"\($0)\"" }.joined(separator: ","))],"first_seen":"\(at.iso8601)","last_seen":"\(at.iso8601)","tags":[],"why":"w"}
            """
        return AlertRecord(id: id, ruleId: rule, ruleTitle: "Rule", severity: severity, title: "t", entityType: "User",
                           entityId: "00u\(user)", entityAlternateId: "user\(user)@example.com", firstSeen: at, lastSeen: at,
                           document: document, evidence: uuids)
    }

    @Test func sameIdIsUpsertedWithItsEvidence() throws {
        let store = try StoreFixtures.temporaryStore()
        let a = Self.alert("a1", events: [1])
        #expect(try store.save(alerts: [a]).opened == ["a1"])
        #expect(try store.save(alerts: [a]).outcomes.map(\.kind) == [.unchanged])
        var b = a
        b.severity = 3
        b.lastSeen = Self.base.adding(seconds: 60)
        b.evidence = [StoreFixtures.event(2).uuid, "not-a-uuid"]
        #expect(try store.save(alerts: [b]).updated == ["a1"])
        let stored = try #require(try store.alert(id: "a1"))
        #expect(stored.severity == 3 && stored.lastSeen == b.lastSeen && stored.firstSeen == a.firstSeen)
        #expect(Set(stored.evidence) == [StoreFixtures.event(1).uuid, StoreFixtures.event(2).uuid, "not-a-uuid"])
        #expect(stored.document.contains("\"severity\":\"high\"") && stored.document.contains("not-a-uuid"))
        #expect(try store.alertHistory(id: "a1").map(\.field) == ["status", "evidence", "severity"])
    }

    @Test func sameRuleAndEntityWithinTheWindowUpdateTheOpenAlert() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.save(alerts: [Self.alert("a1", minute: 0)])
        // 50 minutes after the last evidence: inside the default hour.
        let second = try store.save(alerts: [Self.alert("a2", minute: 50)])
        #expect(second.outcomes == [.init(incomingId: "a2", alertId: "a1", kind: .updated)])
        // Another entity, another rule: their own alerts.
        let others = try store.save(alerts: [Self.alert("b1", user: 2, minute: 51), Self.alert("c1", rule: "r2", minute: 52)])
        #expect(others.opened == ["b1", "c1"])
        // 2 hours after the last evidence (minute 50): a new alert.
        #expect(try store.save(alerts: [Self.alert("a3", minute: 170)]).opened == ["a3"])
        let a1 = try #require(try store.alert(id: "a1"))
        #expect(a1.evidence.count == 2 && a1.lastSeen == Self.base.adding(seconds: 50 * 60))
        #expect(a1.document.contains("\"last_seen\":\"\(Self.base.adding(seconds: 50 * 60).iso8601)\""))
        #expect(try store.alerts(AlertQuery()).alerts.count == 4)
        // Further evidence extends the one history entry rather than adding one per alert.
        try store.save(alerts: (51...60).map { Self.alert("x\($0)", minute: Double($0)) })
        let history = try store.alertHistory(id: "a1")
        #expect(history.map(\.field) == ["status", "evidence"])
        #expect(history[1].from == "1" && history[1].to == "12")
        try store.updateAlert(id: "a1", note: "seen", by: "ana")
        try store.save(alerts: [Self.alert("x61", minute: 61)])
        #expect(try store.alertHistory(id: "a1").map { "\($0.field) \($0.to ?? "")" } == ["status new", "evidence 12", "note seen", "evidence 13"])
    }

    @Test func perRuleWindowsAndAClosedAlertOpensANewOne() throws {
        let store = try StoreFixtures.temporaryStore()
        let short = AlertGrouping(defaultWindow: 3600, windows: ["r1": 600])
        try store.save(alerts: [Self.alert("a1", minute: 0)], grouping: short)
        #expect(try store.save(alerts: [Self.alert("a2", minute: 5)], grouping: short).updated == ["a1"])
        #expect(try store.save(alerts: [Self.alert("a3", minute: 30)], grouping: short).opened == ["a3"])
        try store.updateAlert(id: "a3", status: .resolved, by: "ana")
        // Fires again inside the window, but a3 is resolved: a new alert.
        #expect(try store.save(alerts: [Self.alert("a4", minute: 32)], grouping: short).opened == ["a4"])
        #expect(try store.alert(id: "a3")?.evidence.count == 1)
        // The same alert (same id, same evidence) stored again after it was closed changes nothing.
        try store.updateAlert(id: "a4", status: .falsePositive, by: "ana")
        #expect(try store.save(alerts: [Self.alert("a4", minute: 32)]).outcomes.map(\.kind) == [.unchanged])
        // The same id with new evidence on a closed alert: a new alert with a derived id.
        let again = try store.save(alerts: [Self.alert("a4", minute: 33, events: [33, 34])], grouping: short)
        #expect(again.opened == ["a4-2"])
    }

    @Test func evidenceAnAlertAlreadyHoldsUnderAnotherIdChangesNothing() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.save(alerts: [Self.alert("a1", events: [1, 2])])
        try store.save(alerts: [Self.alert("b1", user: 2, events: [5])])
        // Hours later (outside the grouping window), found again under another id: the alert that holds it answers.
        #expect(try store.save(alerts: [Self.alert("z1", minute: 500, events: [2])]).outcomes
                == [.init(incomingId: "z1", alertId: "a1", kind: .unchanged)])
        #expect(try store.save(alerts: [Self.alert("z2", minute: 500, events: [2, 1])]).outcomes.map(\.alertId) == ["a1"])
        // Only part of the evidence held, more severe, or another entity: a new alert.
        #expect(try store.save(alerts: [Self.alert("z3", minute: 500, events: [1, 3])]).opened == ["z3"])
        #expect(try store.save(alerts: [Self.alert("z4", severity: 4, minute: 800, events: [1])]).opened == ["z4"])
        #expect(try store.save(alerts: [Self.alert("z5", user: 3, minute: 500, events: [5])]).opened == ["z5"])
        // A closed alert still holds its evidence.
        try store.updateAlert(id: "a1", status: .resolved, by: "ana")
        #expect(try store.save(alerts: [Self.alert("z6", minute: 900, events: [2])]).outcomes.map(\.kind) == [.unchanged])
        #expect(try store.alert(id: "a1")?.evidence.count == 2)
    }

    @Test func lifecycleTransitionsAreValidatedAndRecorded() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.save(alerts: [Self.alert("a1")])
        let acked = try store.updateAlert(id: "a1", status: .acknowledged, assignee: "ana@example.com", note: "looking", by: "ana")
        #expect(acked.status == .acknowledged && acked.assignee == "ana@example.com")
        #expect(throws: AlertUpdateError.invalidTransition(id: "a1", from: .acknowledged, to: .new)) {
            try store.updateAlert(id: "a1", status: .new, by: "ana")
        }
        #expect(throws: AlertUpdateError.invalidTransition(id: "a1", from: .acknowledged, to: .acknowledged)) {
            try store.updateAlert(id: "a1", status: .acknowledged, by: "ana")
        }
        #expect(throws: AlertUpdateError.notFound("nope")) { try store.updateAlert(id: "nope", status: .resolved, by: "ana") }
        #expect(throws: AlertUpdateError.nothingToChange("a1")) { try store.updateAlert(id: "a1", by: "ana") }
        #expect(throws: AlertUpdateError.self) { try store.updateAlert(id: "a1", note: "  ", by: "ana") }
        #expect(throws: AlertUpdateError.self) { try store.updateAlert(id: "a1", note: "x", by: " ") }
        try store.updateAlert(id: "a1", status: .resolved, assignee: "", note: "password reset, benign", by: "bo")
        try store.updateAlert(id: "a1", status: .new, note: "reopened: it happened again", by: "bo")
        let history = try store.alertHistory(id: "a1")
        #expect(history.map(\.field) == ["status", "status", "assignee", "note", "status", "assignee", "note", "status", "note"])
        #expect(history[1].from == "new" && history[1].to == "acknowledged" && history[1].actor == "ana")
        #expect(history[5].from == "ana@example.com" && history[5].to == nil && history[5].actor == "bo")
        #expect(history[0].actor == AlertChange.system && history[0].from == nil)
        #expect(try store.alert(id: "a1")?.status == .new)
    }

    @Test func listingFiltersAndPagesWithACursor() throws {
        let store = try StoreFixtures.temporaryStore()
        // 30 alerts: 3 rules, 5 users, severities 0-4, 2 hours apart so none group.
        try store.save(alerts: (0..<30).map { Self.alert("a\($0)", rule: "r\($0 % 3)", user: $0 % 5, severity: $0 % 5, minute: Double($0) * 120) })
        try store.updateAlert(id: "a7", status: .acknowledged, assignee: "ana", by: "ana")
        try store.updateAlert(id: "a8", status: .resolved, by: "ana")
        #expect(try store.alerts(AlertQuery(statuses: [.acknowledged, .resolved])).alerts.map(\.id) == ["a8", "a7"])
        #expect(try store.alertCounts() == [.new: 28, .acknowledged: 1, .resolved: 1, .falsePositive: 0])
        #expect(try store.alertCounts(minimumSeverity: 3) == [.new: 11, .acknowledged: 0, .resolved: 1, .falsePositive: 0])
        #expect(try store.alerts(AlertQuery(ruleId: "r1", entity: "USER1@example.com")).alerts.map(\.id) == ["a16", "a1"])
        #expect(try store.alerts(AlertQuery(minimumSeverity: 4)).alerts.count == 6)
        var q = AlertQuery(since: Self.base.adding(seconds: 10 * 7200), until: Self.base.adding(seconds: 12 * 7200))
        #expect(try store.alerts(q).alerts.map(\.id) == ["a12", "a11", "a10"])
        q = AlertQuery(order: .mostSevere, limit: 7)
        q.assignee = "ANA"
        #expect(try store.alerts(q).alerts.map(\.id) == ["a7"])
        for order in AlertQuery.Order.allCases {
            var page = AlertQuery(order: order, limit: 7)
            var seen: [AlertRecord] = []
            while true {
                let result = try store.alerts(page)
                seen += result.alerts
                guard let next = result.next else { break }
                page.after = AlertCursor(token: next.token)
            }
            #expect(seen.count == 30 && Set(seen.map(\.id)).count == 30)
            if order == .mostSevere { #expect(seen.map(\.severity) == seen.map(\.severity).sorted(by: >)) }
            else { #expect(seen.map(\.lastSeen) == seen.map(\.lastSeen).sorted(by: >)) }
        }
        // The former listing API still works.
        #expect(try store.alerts(minimumSeverity: 4, mostSevereFirst: true).count == 6)
    }

    @Test func evidenceComesBackAsStoredEvents() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.insert((0..<5).map { StoreFixtures.event($0) }, source: "test")
        var a = Self.alert("a1", events: [3, 1])
        a.evidence.append("gone-by-retention")
        try store.save(alerts: [a])
        #expect(try store.alertEvidence(id: "a1").map(\.uuid) == [StoreFixtures.event(1).uuid, StoreFixtures.event(3).uuid])
        #expect(throws: AlertUpdateError.notFound("x")) { try store.alertEvidence(id: "x") }
    }

    @Test func deliveryLogAndDigestQueue() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.record(deliveries: [
            NotificationDelivery(channel: "slack", alertId: "a1", attempt: 1, status: .retrying, error: "HTTP 503"),
            NotificationDelivery(channel: "slack", alertId: "a1", attempt: 2, status: .delivered),
            NotificationDelivery(channel: "siem", alertId: "a2", attempt: 1, status: .delivered),
        ])
        #expect(try store.deliveries(alertId: "a1").map(\.attempt) == [2, 1])
        #expect(try store.deliveries(channel: "siem").map(\.alertId) == ["a2"])
        try store.queueForDigest(channel: "slack", alerts: [("a1", "{1}"), ("a2", "{2}")], at: Self.base)
        try store.queueForDigest(channel: "slack", alerts: [("a1", "{1b}")], at: Self.base.adding(seconds: 1))
        #expect(try store.pendingDigest(channel: "slack").map(\.document) == ["{1b}", "{2}"])
        try store.clearDigest(channel: "slack", alertIds: ["a1"])
        #expect(try store.pendingDigest(channel: "slack").map(\.id) == ["a2"])
        #expect(try store.pendingDigest(channel: "siem").isEmpty)
    }
}
