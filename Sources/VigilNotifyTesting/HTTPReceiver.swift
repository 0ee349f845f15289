import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// For tests of notifications (the notifier's, the service's): a real HTTP server on 127.0.0.1 (Hummingbird) that records what it receives on `POST /hook` and answers with
/// the statuses it is told to (429 with `Retry-After: 1`), then 200.
public final class HTTPReceiver: Sendable {
    public struct Received: Sendable {
        /// By lower-cased name.
        public var headers: [String: String]
        public var body: [UInt8]
        public var status: Int
        public var at: Date
    }

    private let state = Inbox()
    private let task: Task<Void, any Error>
    private let group: ServiceGroup
    public let port: Int

    actor Inbox {
        var received: [Received] = []
        var script: [Int] = []
        var port: Int?

        func next(headers: [String: String], body: [UInt8]) -> Int {
            let status = script.isEmpty ? 200 : script.removeFirst()
            received.append(Received(headers: headers, body: body, status: status, at: Date()))
            return status
        }
        func setScript(_ s: [Int]) { script = s }
        func setPort(_ p: Int?) { port = p }
    }

    /// Starts the server; `script` is the statuses of the first requests (e.g. `[500, 503]`).
    public init(script: [Int] = []) async throws {
        let inbox = state
        await inbox.setScript(script)
        let router = Router()
        router.post("hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
            let status = await inbox.next(headers: headers, body: Array(buffer: body))
            // Like Slack, a 429 says when to come back.
            return Response(status: .init(code: status), headers: status == 429 ? [.retryAfter: "1"] : [:])
        }
        var logger = Logger(label: "test-receiver")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { channel in await inbox.setPort(channel.localAddress?.port) }, logger: logger)
        // Run under a service group so that `stop` can shut the server down gracefully: cancelled instead, a
        // connection it had just accepted (a client's last one, still opening) is dropped before Hummingbird takes
        // it, and NIO traps on the abandoned channel ("Deinited NIOAsyncWriter without calling finish()").
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        self.group = group
        task = Task { try await group.run() }
        // Counted in polls, not wall time: with every suite running in parallel on two cores, this task and the
        // server may both wait long for a thread, and the server should not be judged by time it never had.
        for _ in 0..<3000 where await inbox.port == nil { try await Task.sleep(for: .milliseconds(10)) }
        guard let port = await inbox.port else { throw CancellationError() }
        self.port = port
    }

    public var url: String { "http://127.0.0.1:\(port)/hook" }
    public var received: [Received] { get async { await state.received } }

    /// Stops taking connections and finishes those it has, in the background.
    public func stop() {
        let group = group
        Task { await group.triggerGracefulShutdown() }
    }
}

/// Polls `condition` every 20 ms until it holds, at most `seconds` worth of polls. Counted in polls rather than
/// wall time, so that time a test spends waiting for a thread (suites share two cores) does not count.
public func eventually(_ seconds: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
    for _ in 0..<Int(seconds / 0.02) {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
