import AsyncHTTPClient
import Foundation
import NIOCore
import VigilEvent

/// Open-loop load: delivery i is sent at start + i/rate whatever happened to earlier ones (bounded by
/// `maxInFlight`), so latency includes any queueing the server causes.
struct HookLoad {
    let port: Int
    let rate: Double
    let maxInFlight: Int

    struct Result {
        var seconds: Double
        /// Per delivery: ack latency in seconds, nil when not acknowledged.
        var latencies: [Double?]
        var sentAt: [ContinuousClock.Instant?]
    }

    func send(_ bodies: [String]) async throws -> Result {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: maxInFlight)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let start = ContinuousClock.now
        let url = "http://127.0.0.1:\(port)/hooks/okta/bench"
        var latencies = [Double?](repeating: nil, count: bodies.count)
        var sentAt = [ContinuousClock.Instant?](repeating: nil, count: bodies.count)
        await withTaskGroup(of: (Int, Double?, ContinuousClock.Instant).self) { group in
            var inFlight = 0
            for (i, body) in bodies.enumerated() {
                if inFlight >= maxInFlight, let (j, latency, sent) = await group.next() {
                    latencies[j] = latency
                    sentAt[j] = sent
                    inFlight -= 1
                }
                try? await Task.sleep(until: start + .seconds(Double(i) / rate))
                inFlight += 1
                group.addTask {
                    var request = HTTPClientRequest(url: url)
                    request.method = .POST
                    request.headers.add(name: "Authorization", value: "bench-secret")
                    request.headers.add(name: "Content-Type", value: "application/json")
                    request.body = .bytes(ByteBuffer(string: body))
                    let sent = ContinuousClock.now
                    guard let response = try? await client.execute(request, timeout: .seconds(30)),
                          (try? await response.body.collect(upTo: 1 << 20)) != nil, response.status == .ok else { return (i, nil, sent) }
                    return (i, (ContinuousClock.now - sent).seconds, sent)
                }
            }
            for await (j, latency, sent) in group {
                latencies[j] = latency
                sentAt[j] = sent
            }
        }
        let seconds = (ContinuousClock.now - start).seconds
        try await client.shutdown()
        return Result(seconds: seconds, latencies: latencies, sentAt: sentAt)
    }
}
