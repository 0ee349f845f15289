import Foundation
import Logging
import VigilEvent
import VigilIngest
import VigilOkta
import VigilOktaTesting
import VigilStore

/// A scripted org's System Log: an append-only list of events served as Okta's polling query does. `after` is
/// the index of the next event; a page past the end is empty but still has a `next` link.
actor ScriptedSystemLog {
    private(set) var events: [String] = []
    let recorder = RequestRecorder()
    /// Pages (by request number) answered with a 500 instead.
    var failing: Set<Int> = []
    /// Serve the next `after` page from this many events earlier, once (an overlapping page, as after a crash).
    var overlapOnResume = 0

    func append(count: Int, startingAt first: Int) {
        for i in first..<(first + count) {
            let published = Date(timeIntervalSinceNow: -86_400 + Double(i))
            events.append(ScriptedResponse.logEvent(uuid: Self.uuid(i), published: Timestamp(published).iso8601))
        }
    }

    func appendRaw(_ record: String) { events.append(record) }
    func setOverlap(_ n: Int) { overlapOnResume = n }
    func fail(request number: Int) { failing.insert(number) }

    static func uuid(_ i: Int) -> String { String(format: "00000000-0000-4000-8000-%012d", i) }

    /// When each request arrived.
    private(set) var times: [ContinuousClock.Instant] = []

    func answer(_ request: ScriptedRequest) async -> ScriptedResponse {
        times.append(.now)
        let number = await recorder.record(request)
        guard request.path == "/api/v1/logs" else { return .oktaError(404, code: "E0000007", summary: "Not found") }
        if failing.contains(number) { return .oktaError(500, code: "E0000009", summary: "Internal Server Error") }
        let query = request.queryItems
        let limit = Int(query["limit"] ?? "100") ?? 100
        var start = 0
        if let after = query["after"], Int(after) == nil {
            return .oktaError(400, code: "E0000001", summary: "Api validation failed: after")
        }
        if let after = query["after"], let index = Int(after) {
            start = max(0, index - overlapOnResume)
            overlapOnResume = 0
        }
        let slice = Array(events[min(start, events.count)..<min(start + limit, events.count)])
        let base = URL(string: "http://\(request.header("host")!)")!
        return .logPage(slice, base: base, selfQuery: request.query, nextAfter: String(start + slice.count), limit: limit)
    }
}

func tempStore() throws -> (EventStore, URL) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-poll-\(UUID().uuidString)")
    return (try EventStore(directory: dir), dir)
}

func quietLogger() -> Logger {
    var logger = Logger(label: "test.poll")
    logger.logLevel = .critical
    return logger
}

func pollClient(_ base: URL) throws -> OktaClient {
    try OktaClient(orgURL: base, credential: .apiToken("t"),
                   retry: RetryPolicy(maxAttempts: 1, baseDelay: .milliseconds(5), requestTimeout: .seconds(5)), logger: quietLogger())
}

/// Polls until `condition` holds or `timeout` passes.
func eventually(timeout: Duration = .seconds(20), _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(20))
    }
    return false
}
