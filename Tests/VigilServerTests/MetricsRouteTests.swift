import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilIngest
import VigilStore
@testable import VigilServer

/// `/metrics` carries each integration's and path's status with `integration` and `path` labels. The registry is
/// the process's, so this suite uses an integration id no other test does.
@Suite struct MetricsRouteTests {
    static let id = "metrics-probe"

    static func scrape(_ client: any TestClientProtocol) async throws -> String {
        try await client.execute(uri: "/metrics", method: .get) { response in
            #expect(response.status == .ok)
            return String(buffer: response.body)
        }
    }

    /// The sample of `metric` for this suite's integration on `path`, if exposed.
    static func value(_ text: String, _ metric: String, path: String = "hook") -> Double? {
        let labels = #"{integration="\#(id)",path="\#(path)"}"#
        return text.split(separator: "\n").first { $0.hasPrefix(metric + labels + " ") }.flatMap { Double($0.split(separator: " ").last!) }
    }

    @Test func statusPerIntegrationAndPathIsExposed() async throws {
        try await HookRouteTests.withService(integrationID: Self.id, metrics: true) { service, client in
            let body = HookFixtures.delivery((0..<4).map { HookFixtures.event(HookFixtures.uuid($0, run: 900)) })
            for _ in 0..<2 {
                try await client.execute(uri: "/hooks/okta/\(Self.id)", method: .post, headers: HookRouteTests.headers(),
                                         body: ByteBuffer(string: body)) { #expect($0.status == .ok) }
                await service.inbox.settled()
            }
            // What sources report beside commits: a 429 and a suspected gap on the poll path, a backfill under way.
            service.pipeline.status.recordRateLimited(Self.id, .poll, count: 2)
            service.pipeline.status.recordGap(Self.id, .poll, detail: "cursor reset")
            service.pipeline.status.recordError(Self.id, .poll, "Okta answered 500")
            service.pipeline.status.recordBackfill(Self.id, .poll, .init(events: 1200, eventsPerSecond: 300, etaSeconds: 40))

            let text = try await Self.scrape(client)
            #expect(Self.value(text, "vigil_ingest_events_total") == 8, "\(text)")
            #expect(Self.value(text, "vigil_ingest_duplicates_total") == 4)
            // The gauge is the process's, and other suites' inboxes run meanwhile: only its presence is certain.
            #expect(text.contains("\nvigil_inbox_backlog_events "), "the hook inbox's backlog is exposed")
            // The fixture's events were published 2026-11-21T10:00:00Z.
            #expect(Self.value(text, "vigil_ingest_last_event_timestamp_seconds") == 1_795_255_200)
            #expect(Self.value(text, "vigil_ingest_lag_seconds") != nil)
            #expect(Self.value(text, "vigil_ingest_rate_limited_total", path: "poll") == 2)
            #expect(Self.value(text, "vigil_ingest_gaps_total", path: "poll") == 1)
            #expect(Self.value(text, "vigil_ingest_errors_total", path: "poll") == 1)
            #expect(Self.value(text, "vigil_ingest_backfill_events", path: "poll") == 1200)
            #expect(Self.value(text, "vigil_ingest_backfill_eta_seconds", path: "poll") == 40)

            // Caught up: the backfill gauges return to 0.
            service.pipeline.status.recordBackfill(Self.id, .poll, nil)
            #expect(Self.value(try await Self.scrape(client), "vigil_ingest_backfill_events", path: "poll") == 0)
        }
    }
}
