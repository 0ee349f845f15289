import Testing
import VigilEvent
@testable import VigilSimulatorServer

/// The System Log's ingestion delay: events persist in the order they become visible (ties in arrival order),
/// only once due, whatever order they arrive in.
struct SystemLogStoreTests {
    static func event(_ n: Int, publishedMillis: Int64) throws -> OktaEvent {
        let published = Timestamp(millis: publishedMillis).iso8601
        return try OktaEvent(raw: Array(#"{"uuid":"e\#(n)","published":"\#(published)","eventType":"user.session.start"}"#.utf8))
    }

    @Test func eventsPersistInVisibilityOrderOnlyOnceDue() throws {
        var log = SystemLogStore()
        // Several thousand events (past the point where persisted entries are dropped from the waiting list),
        // visible at scrambled times, ten arrivals per distinct time.
        let count = 5_000
        var visible: [Int: Int64] = [:]
        for n in 0..<count {
            let at = Int64((n * 7_919) % (count / 10)) * 1_000
            visible[n] = at
            log.add(try Self.event(n, publishedMillis: at), label: "benign", visibleAt: Timestamp(millis: at))
        }
        #expect(log.nextVisibleAt == Timestamp(millis: 0))
        let expected = (0..<count).sorted { (visible[$0]!, $0) < (visible[$1]!, $1) }.map { "e\($0)" }
        var persisted: [String] = []
        // Persisted a slice of time at a time, as the simulated clock advances.
        for second in stride(from: Int64(0), to: Int64(count / 10), by: 37) {
            let now = Timestamp(millis: second * 1_000 + 999)
            let fresh = log.persist(upTo: now)
            #expect(fresh.allSatisfy { $0.visibleAt <= now })
            persisted += fresh.map(\.event.uuid)
            if let next = log.nextVisibleAt { #expect(next > now) }
        }
        persisted += log.persist(upTo: Timestamp(millis: Int64(count) * 1_000)).map(\.event.uuid)
        #expect(persisted.count == count)
        // The first difference only: the whole lists would bury it.
        let wrong = zip(persisted, expected).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(wrong == nil, "position \(wrong?.offset ?? 0): \(wrong?.element.0 ?? "") persisted where \(wrong?.element.1 ?? "") was due")
        #expect(log.nextVisibleAt == nil)
        #expect(log.persisted.map(\.sequence) == Array(1...Int64(count)))
    }
}
