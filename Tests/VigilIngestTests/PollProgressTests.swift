import Foundation
import Testing
import VigilEvent
@testable import VigilIngest

@Suite struct PollProgressTests {
    static func event(_ n: Int, published: Date) throws -> OktaEvent {
        try OktaEvent(raw: Array(#"{"uuid":"p-\#(n)","published":"\#(Timestamp(published).iso8601)","eventType":"user.session.start"}"#.utf8))
    }

    @Test func backfillRateAndETAComeFromEventTimeAgainstTheWallClock() throws {
        var progress = PollProgress(integrationID: "org1", backfilling: true)
        let start = progress.started
        // In 10 s of wall time the backfill covered two hours of event time and is eight hours behind.
        let events = try [Self.event(1, published: start.addingTimeInterval(-10 * 3600)),
                          Self.event(2, published: start.addingTimeInterval(-8 * 3600))]
        progress.recordPage(stored: 2, duplicates: 0, rejected: 1, events: events, now: start.addingTimeInterval(10))
        let status = progress.status
        #expect(status.backfilling && status.pages == 1 && status.rejected == 1)
        #expect(abs((status.lag ?? 0) - (8 * 3600 + 10)) < 1)
        #expect(abs((status.estimatedRemaining ?? 0) - 40) < 1)  // 8 h at 720 event-seconds per second
        #expect(progress.summary.hasSuffix("about 40 s to go"))

        progress.recordError("Okta answered 500", now: start.addingTimeInterval(11))
        #expect(progress.status.lastError == "Okta answered 500")
        progress.recordPage(stored: 0, duplicates: 0, rejected: 0, events: [], now: start.addingTimeInterval(12))
        #expect(!progress.status.backfilling && progress.status.estimatedRemaining == nil && progress.status.lastError == nil)
        progress.update(now: start.addingTimeInterval(15))
        #expect(abs((progress.status.lag ?? 0) - 3) < 0.01, "caught up: lag is the time since the last good page")
    }
}
