import Foundation
import Testing
import VigilSimulatorServer
import VigilStore

/// kill -9 during a System Log backfill: the cursor is committed with its page, so each restart resumes where the
/// store is, and every event of the org's history (and of the live traffic meanwhile) is stored exactly once.
@Suite(.serialized) struct ServeBackfillCrashTests {
    static let token = "crash-backfill-token"

    @Test func killMinus9DuringBackfillLosesNothing() async throws {
        try await SimulatedOktaServer.withRunning(try await Self.organization(historyEvents: 12_000), logger: ServeCrash.quietLogger,
                                                  Self.crashAndRecover)
    }

    /// An org with an hour of history holding about `historyEvents` events, and Okta's rate limit raised so the
    /// backfill runs at Vigil's own speed. Benign traffic follows a daily rhythm, so the rate that yields that many
    /// depends on the hour: one draw measures it.
    static func organization(historyEvents: Int) async throws -> SimulatedOktaServerConfiguration {
        var org = SimulatedOktaServerConfiguration(seed: 23, users: 200, apiTokens: [Self.token])
        org.backfill = 3600
        org.eventsPerSecond = Double(historyEvents) / org.backfill
        org.rateLimits.perMinute["/api/v1/logs"] = 1_000_000
        let probe = try await SimulatedOktaServer.start(org, logger: ServeCrash.quietLogger)
        let drawn = await probe.emittedEvents().count
        await probe.stop()
        org.eventsPerSecond = org.eventsPerSecond! * Double(historyEvents) / Double(max(drawn, 1))
        return org
    }

    static func crashAndRecover(_ server: SimulatedOktaServer) async throws {
        let dir = HookFixtures.temporaryDirectory("backfill-kill9")
        defer { try? FileManager.default.removeItem(at: dir) }
        let history = await server.emittedEvents().count
        #expect(history >= 8000, "the org drew only \(history) events of history")
        let crash = try ServeCrash(directory: dir, integration: ["id: sim", "org_url: \(server.url)", "api_token_env: VIGIL_TEST_OKTA_TOKEN",
                                                                "poll: {backfill: 2h, interval: 1s}", "inventory: {enabled: false}"],
                                   environment: ["VIGIL_TEST_OKTA_TOKEN": Self.token])
        // Three kills, each after another twelfth to eighth of the history and at most 20 ms later. Commits come a
        // page (1,000 events) at a time, so a round can overshoot its step by a page or two; at a backfill's
        // thousands of events a second all three kills still land before it ends.
        let counts = try await crash.killRepeatedly(rounds: 3, step: (history / 12)...(history / 8), jitter: 0...20)
        #expect(counts.last ?? 0 < history, "the kills came after the backfill: \(counts) of \(history)")
        let truth = try await crash.recover { await server.emittedEvents().map(\.uuid) }
        try crash.expectExactlyOnce(truth: truth, emitted: Set(await server.emittedEvents().map(\.uuid)))
        try crash.store.close()
    }
}
