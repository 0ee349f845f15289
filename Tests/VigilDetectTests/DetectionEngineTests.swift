import Foundation
import Testing
import VigilEvent
import VigilSimulator
@testable import VigilDetect

/// The engine as the pipeline uses it: batches in any order, restarts, re-evaluation without duplicates.
@Suite struct DetectionEngineTests {
    static let ruleSet = Result { try RuleSet() }

    /// The push-bombing scenario's events, read with the managed rule set's plan.
    static func attack(_ scenario: AttackScenario = .mfaPushBombing) throws -> [OktaEvent] {
        let org = SimulatedOrg(seed: 5, users: 200)
        let set = try ruleSet.get()
        return try scenario.events(in: org, at: Timestamp(iso8601: "2026-11-03T09:00:00Z")!)
            .map { try OktaEvent(raw: $0.bytes, plan: set.plan) }
    }

    static func ids(_ alerts: [Alert]) -> Set<String> { Set(alerts.map(\.id)) }

    @Test func batchesInAnyOrderGiveTheSameAlertsAsOneSortedRun() throws {
        let events = try Self.attack()
        var whole = DetectionEngine(ruleSet: try Self.ruleSet.get())
        let expected = whole.process(events)
        #expect(expected.contains { $0.title == "MFA push fatigue, then accepted" })
        var batched = DetectionEngine(ruleSet: try Self.ruleSet.get())
        var got: [Alert] = []
        // Okta delivers pages out of order within a batch; the batches themselves arrive in time order.
        for start in stride(from: 0, to: events.count, by: 5) {
            got += batched.process(Array(events[start..<min(start + 5, events.count)]).reversed())
        }
        #expect(Self.ids(got) == Self.ids(expected))
    }

    /// Known event types are routed by their index in Okta's catalog, others by name: the same events with their
    /// types spelt with an escape (so without an index) raise the same alerts.
    @Test func typesRoutedByNameOrByCatalogIndexRaiseTheSameAlerts() throws {
        let set = try Self.ruleSet.get()
        let events = try Self.attack()
        let key = Array(#""eventType":""#.utf8)
        let spelt = try events.map { event -> OktaEvent in
            var raw = event.raw
            let at = try #require(raw.indices.first { raw[$0...].starts(with: key) })
            let dot = try #require(raw[(at + key.count)...].firstIndex(of: UInt8(ascii: ".")))
            raw.replaceSubrange(dot...dot, with: Array(#"\u002e"#.utf8))
            return try OktaEvent(raw: raw, plan: set.plan)
        }
        #expect(events.allSatisfy { $0.catalogIndex != nil })
        #expect(spelt.allSatisfy { $0.catalogIndex == nil })
        #expect(spelt.map(\.eventType) == events.map(\.eventType))
        var byIndex = DetectionEngine(ruleSet: set), byName = DetectionEngine(ruleSet: set)
        let expected = byIndex.process(events)
        #expect(expected.contains { $0.title == "MFA push fatigue, then accepted" })
        #expect(Self.ids(byName.process(spelt)) == Self.ids(expected))
    }

    @Test func reevaluationFindsLateEventsWithoutNewIds() throws {
        let events = try Self.attack()
        var engine = DetectionEngine(ruleSet: try Self.ruleSet.get())
        // The accepted push and the sign-in arrive an hour late, after the live engine moved on.
        #expect(events.suffix(2).map(\.eventType) == ["user.authentication.auth_via_mfa", "user.session.start"])
        var live = engine.process(Array(events.dropLast(2)))
        #expect(!live.contains { $0.title == "MFA push fatigue, then accepted" })
        let again = engine.reevaluate(events)
        #expect(again.contains { $0.title == "MFA push fatigue, then accepted" })
        // Everything raised live is raised again with the same id, so the store merges rather than duplicates.
        #expect(Self.ids(live).isSubset(of: Self.ids(again)))
        live = engine.reevaluate(events)
        #expect(Self.ids(live) == Self.ids(again))
    }

    @Test func snapshotAndRestoreContinueAnAttack() throws {
        let events = try Self.attack(.bruteForceLockout)
        let set = try Self.ruleSet.get()
        var before = DetectionEngine(ruleSet: set)
        let half = events.count / 2
        _ = before.process(Array(events[..<half]))
        let saved = try before.snapshot()
        var restarted = DetectionEngine(ruleSet: set)
        try restarted.restore(saved)
        #expect(restarted.watermark == before.watermark)
        let resumed = restarted.process(Array(events[half...]))
        var fresh = DetectionEngine(ruleSet: set)
        let forgetful = fresh.process(Array(events[half...]))
        #expect(resumed.contains { $0.title == "Brute force against one user" })
        #expect(!forgetful.contains { $0.title == "Brute force against one user" })
        #expect(throws: DetectionStateError.self) { try restarted.restore(Data("{}".utf8)) }
    }

    /// Sessions are remembered by hashes of their ids: state that names the current hash function carries a
    /// session across a restart; state from before it named one is read but forgotten, since its keys can never
    /// match again; anything else is refused.
    @Test func sessionStateNamesItsHashFunction() throws {
        let events = try Self.attack(.sessionCookieReplay)
        let replay = try #require(events.firstIndex { $0.eventType == "user.session.context.change" })
        var before = SessionHijack(.init())
        for event in events[..<replay] { before.observe(event) { _ in } }
        #expect(before.stateSize > 0)
        func findings(after state: Data) throws -> Int {
            var restarted = SessionHijack(.init())
            try restarted.restore(state)
            var found = 0
            for event in events[replay...] { restarted.observe(event) { _ in found += 1 } }
            return found
        }
        #expect(try findings(after: before.snapshot()) > 0)
        let unversioned = try JSONEncoder().encode(before.sessions)
        var restored = SessionHijack(.init())
        try restored.restore(unversioned)
        #expect(restored.stateSize == 0)
        #expect(try findings(after: unversioned) == 0)
        #expect(throws: (any Error).self) { try restored.restore(Data("[1]".utf8)) }
    }

    @Test func analyticsConfigurationKeepsDefaultsAndNamesMistakes() throws {
        let c = try AnalyticsConfiguration(yaml: "impossible_travel:\n  max_speed_kmh: 800\nfirst_seen:\n  enabled: false\n")
        #expect(c.impossibleTravel.maxSpeedKmh == 800 && c.impossibleTravel.minDistanceKm == 500 && !c.firstSeen.enabled)
        #expect(c.analytics(plan: try Self.ruleSet.get().plan).count == 9)
        #expect(AnalyticsConfiguration.none.analytics(plan: try Self.ruleSet.get().plan).isEmpty)
        #expect { try AnalyticsConfiguration(yaml: "impossible_travle: {}") } throws: {
            ($0 as? AnalyticsConfigurationError)?.problem.contains("unknown analytic 'impossible_travle'") == true
        }
        #expect { try AnalyticsConfiguration(yaml: "brute_force: {failures_max: 3}") } throws: {
            ($0 as? AnalyticsConfigurationError)?.problem.contains("no parameter 'failures_max'") == true
        }
        #expect { try AnalyticsConfiguration(yaml: "brute_force: {failures: many}") } throws: {
            ($0 as? AnalyticsConfigurationError)?.problem.contains("brute_force.failures") == true
        }
    }

    @Test func alertsExplainWithValues() throws {
        var engine = DetectionEngine(ruleSet: try Self.ruleSet.get())
        let alerts = engine.process(try Self.attack())
        let accepted = try #require(alerts.first { $0.title == "MFA push fatigue, then accepted" })
        #expect(accepted.why.contains("pushes denied in"))
        #expect(accepted.why.contains("then accepted"))
        #expect(accepted.severity == .critical)
        #expect(accepted.entity.type == "User")
        #expect(accepted.json.hasPrefix("{\"id\":\"\(accepted.id)\",\"rule\":"))
    }
}
