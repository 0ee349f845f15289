import Foundation
import Testing
import VigilEvent
@testable import VigilSigma

/// Correlation semantics: counts, distinct values, temporal order, aliases, chaining, windows that close, state
/// bounds and snapshots.
@Suite struct CorrelationEngineTests {
    static let failed = CorrelationHarness.rule("failed_login", eventType: "user.session.start", result: "FAILURE")
    static let succeeded = CorrelationHarness.rule("successful_login", eventType: "user.session.start", result: "SUCCESS")

    static func correlation(_ body: String, title: String = "Corr", extra: String = "") -> String {
        "title: \(title)\nid: 7c1d0c55-0000-4000-8000-000000000001\n\(extra)correlation:\n"
            + body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
    }

    @Test func eventCountFiresOncePerEpisodeAndGrows() throws {
        var h = try CorrelationHarness(Self.correlation("""
            type: event_count
            rules: [failed_login]
            group-by: [actor.alternateId]
            timespan: 10m
            condition: {gte: 3}
            """) + "\n---\n" + Self.failed)
        #expect(try h.feed("user.session.start", minute: 0).isEmpty)
        #expect(try h.feed("user.session.start", minute: 1, actor: "bob@example.com").isEmpty)
        #expect(try h.feed("user.session.start", minute: 2).isEmpty)
        let third = try h.feed("user.session.start", minute: 3)
        #expect(third.count == 1 && third[0].isNew && third[0].measured == 3 && third[0].group == ["alice@example.com"])
        let fourth = try h.feed("user.session.start", minute: 4)
        #expect(fourth.count == 1 && !fourth[0].isNew && fourth[0].episode == third[0].episode && fourth[0].events.count == 4)
        // A success is no failure; the window slides, so three failures an hour later start a new episode.
        #expect(try h.feed("user.session.start", minute: 5, result: "SUCCESS").isEmpty)
        for minute in [70.0, 71, 72] { try h.feed("user.session.start", minute: minute) }
        #expect(h.matches.filter(\.isNew).count == 2)
        #expect(Set(h.matches.map(\.episode)).count == 2)
    }

    @Test func slidingWindowForgetsOldMatches() throws {
        var h = try CorrelationHarness(Self.correlation("""
            type: event_count
            rules: [failed_login]
            group-by: [actor.alternateId]
            timespan: 5m
            condition: {gte: 3}
            """) + "\n---\n" + Self.failed)
        for minute in [0.0, 4, 8, 12] { #expect(try h.feed("user.session.start", minute: minute).isEmpty) }
        #expect(try h.feed("user.session.start", minute: 13).count == 1)
    }

    @Test func valueCountCountsDistinctValuesPerGroup() throws {
        var h = try CorrelationHarness(Self.correlation("""
            type: value_count
            rules: [failed_login]
            group-by: [client.ipAddress]
            timespan: 30m
            condition: {field: actor.alternateId, gte: 3}
            """) + "\n---\n" + Self.failed)
        try h.feed("user.session.start", minute: 0, actor: "a@x.com")
        try h.feed("user.session.start", minute: 1, actor: "a@x.com")
        try h.feed("user.session.start", minute: 2, actor: "b@x.com")
        try h.feed("user.session.start", minute: 3, actor: "c@x.com", ip: "198.51.100.1")
        #expect(h.matches.isEmpty)
        let fired = try h.feed("user.session.start", minute: 4, actor: "c@x.com")
        #expect(fired.first?.measured == 3)
        #expect(Set(fired.first?.values ?? []) == ["a@x.com", "b@x.com", "c@x.com"])
    }

    static let ordered = correlation("""
        type: temporal_ordered
        rules: [failed_login, successful_login]
        group-by: [actor.alternateId]
        timespan: 10m
        """) + "\n---\n" + failed + "\n---\n" + succeeded

    @Test func temporalOrderedNeedsTheOrder() throws {
        var h = try CorrelationHarness(Self.ordered)
        try h.feed("user.session.start", minute: 0, result: "SUCCESS")
        try h.feed("user.session.start", minute: 1)
        #expect(h.matches.isEmpty)
        let fired = try h.feed("user.session.start", minute: 3, result: "SUCCESS")
        #expect(fired.count == 1)
        #expect(fired.first?.steps.map(\.position) == [0, 1])
        // Too late: the failure is outside the window.
        var late = try CorrelationHarness(Self.ordered)
        try late.feed("user.session.start", minute: 0)
        #expect(try late.feed("user.session.start", minute: 11, result: "SUCCESS").isEmpty)
    }

    @Test func temporalAcceptsAnyOrder() throws {
        var h = try CorrelationHarness(Self.correlation("""
            type: temporal
            rules: [failed_login, successful_login]
            group-by: [actor.alternateId]
            timespan: 10m
            """) + "\n---\n" + Self.failed + "\n---\n" + Self.succeeded)
        try h.feed("user.session.start", minute: 0, result: "SUCCESS")
        #expect(try h.feed("user.session.start", minute: 2).count == 1)
    }

    @Test func aliasesGroupAcrossDifferentFields() throws {
        var h = try CorrelationHarness(Self.correlation("""
            type: temporal_ordered
            rules: [reset, enrolled]
            group-by: [user]
            timespan: 1h
            aliases:
                user:
                    reset: target.id
                    enrolled: actor.id
            """) + "\n---\n" + CorrelationHarness.rule("reset", eventType: "user.mfa.factor.reset_all")
            + "\n---\n" + CorrelationHarness.rule("enrolled", eventType: "user.mfa.factor.activate"))
        try h.feed("user.mfa.factor.reset_all", minute: 0, actor: "admin@example.com", target: "id-bob@example.com")
        #expect(try h.feed("user.mfa.factor.activate", minute: 5, actor: "carol@example.com").isEmpty)
        let fired = try h.feed("user.mfa.factor.activate", minute: 6, actor: "bob@example.com")
        #expect(fired.first?.group == ["id-bob@example.com"])
    }

    @Test func correlationsChain() throws {
        var h = try CorrelationHarness(Self.correlation("""
            type: temporal_ordered
            rules: [many_failed, successful_login]
            group-by: [actor.alternateId]
            timespan: 30m
            """, title: "Outer") + "\n---\n" + """
            title: Many failed
            name: many_failed
            correlation:
                type: event_count
                rules: [failed_login]
                group-by: [actor.alternateId]
                timespan: 10m
                condition: {gte: 3}
            ---
            """ + "\n" + Self.failed + "\n---\n" + Self.succeeded)
        for minute in [0.0, 1, 2] { try h.feed("user.session.start", minute: minute) }
        #expect(h.matches.map(h.title) == ["Many failed"])
        let fired = try h.feed("user.session.start", minute: 5, result: "SUCCESS")
        #expect(fired.map(h.title) == ["Outer"])
        // The outer match carries the inner evidence plus the success.
        #expect(fired.first?.events.count == 4)
        // `generate` defaults to false: the inner correlation and the base rules raise nothing on their own.
        #expect(h.set.quietCorrelations == [1] && h.set.quietRules == [0, 1])
    }

    @Test func aMatchWithoutOneCorrelationsGroupFieldStillFeedsTheOthers() throws {
        let bySession = Self.correlation("""
            type: event_count
            rules: [failed_login]
            group-by: [authenticationContext.externalSessionId]
            timespan: 10m
            condition: {gte: 2}
            """, title: "By session")
        let byIP = Self.correlation("""
            type: event_count
            rules: [failed_login]
            group-by: [client.ipAddress]
            timespan: 10m
            condition: {gte: 2}
            """, title: "By IP").replacingOccurrences(of: "000000000001", with: "000000000009")
        var h = try CorrelationHarness(bySession + "\n---\n" + byIP + "\n---\n" + Self.failed)
        try h.feed("user.session.start", minute: 0)
        #expect(try h.feed("user.session.start", minute: 1).map(h.title) == ["By IP"])
    }

    @Test func upperBoundConditionsAreDecidedWhenTheWindowCloses() throws {
        var h = try CorrelationHarness(Self.correlation("""
            type: event_count
            rules: [successful_login]
            group-by: [actor.alternateId]
            timespan: 1h
            condition: {lt: 2}
            """) + "\n---\n" + Self.succeeded)
        try h.feed("user.session.start", minute: 0, result: "SUCCESS")
        try h.feed("user.session.start", minute: 1, actor: "bob@example.com", result: "SUCCESS")
        try h.feed("user.session.start", minute: 2, actor: "bob@example.com", result: "SUCCESS")
        #expect(h.matches.isEmpty)
        let closed = h.advance(minute: 61)
        #expect(closed.map(\.group) == [["alice@example.com"]])
        #expect(h.engine.groupCount == 0)
    }

    @Test func snapshotCarriesAnAttackInProgressAcrossARestart() throws {
        let yaml = Self.correlation("""
            type: event_count
            rules: [failed_login]
            group-by: [actor.alternateId]
            timespan: 10m
            condition: {gte: 3}
            """) + "\n---\n" + Self.failed
        var before = try CorrelationHarness(yaml)
        try before.feed("user.session.start", minute: 0)
        try before.feed("user.session.start", minute: 1)
        let saved = try JSONEncoder().encode(before.engine.snapshot())
        var after = try CorrelationHarness(yaml)
        after.engine.restore(try JSONDecoder().decode(CorrelationEngine.Snapshot.self, from: saved))
        #expect(try after.feed("user.session.start", minute: 2).first?.measured == 3)
        // Without the snapshot, the restarted engine would have missed it.
        var fresh = try CorrelationHarness(yaml)
        #expect(try fresh.feed("user.session.start", minute: 2).isEmpty)
    }

    @Test func groupsAreCappedAndCounted() throws {
        var limits = CorrelationEngine.Limits()
        limits.groupsPerCorrelation = 20
        var h = try CorrelationHarness(Self.correlation("""
            type: event_count
            rules: [failed_login]
            group-by: [actor.alternateId]
            timespan: 1h
            condition: {gte: 2}
            """) + "\n---\n" + Self.failed, limits: limits)
        for i in 0..<100 { try h.feed("user.session.start", minute: Double(i) / 10, actor: "u\(i)@x.com") }
        #expect(h.engine.groupCount <= 20)
        #expect(h.engine.evictedGroups[0] >= 80)
        // The least recently matched went: what is left is the newest users, six seconds apart.
        let times = h.engine.groups[0].values.map(\.lastTime)
        #expect(times.count >= 18 && times.max()! - times.min()! < Int64(times.count) * 6_000)
        // Expired groups go without counting as evicted.
        _ = h.advance(minute: 200)
        #expect(h.engine.groupCount == 0)
    }
}

extension CorrelationEngineTests {
    /// The directly written snapshot is the document `Codable` writes: decoded, it re-encodes to the same bytes.
    @Test func writtenSnapshotMatchesItsCodableForm() throws {
        let yaml = Self.correlation("""
            type: value_count
            rules: [failed_login]
            group-by: [client.ipAddress, target.id]
            timespan: 30m
            condition: {field: actor.alternateId, gte: 2}
            """) + "\n---\n" + Self.failed
        var h = try CorrelationHarness(yaml)
        // The harness writes these into the event's JSON as they are: escaped there, a quote and a backslash here.
        try h.feed("user.session.start", minute: 0, actor: #"a\"quoted\"@x.com"#)
        try h.feed("user.session.start", minute: 1, actor: "b@x.com")
        try h.feed("user.session.start", minute: 2, actor: "c@x.com", ip: "198.51.100.7", target: #"00u\\weird"#)
        let snapshot = h.engine.snapshot()
        // Two-value groups (joined with U+001F), counts, an episode: everything the format has.
        #expect(snapshot.windows.values.contains { $0.values.contains { $0.episode != nil && !$0.counts.isEmpty } })
        var w = JSONWriter()
        snapshot.write(to: &w)
        let decoded = try JSONDecoder().decode(CorrelationEngine.Snapshot.self, from: Data(w.bytes))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(decoded) == encoder.encode(snapshot))
    }
}
