import HTTPTypes
import Foundation
import Hummingbird
import ServiceLifecycle
import Synchronization

/// An event hook endpoint on 127.0.0.1 for tests: it echoes verification challenges, records deliveries, and
/// answers deliveries with the scripted statuses (then 200).
final class HookReceiver: Sendable {
    struct Delivery: Sendable {
        /// Header values by lower-case name.
        let headers: [String: String]
        let body: Data
    }

    private let state = Mutex<(deliveries: [Delivery], statuses: [Int], verifications: Int)>(([], [], 0))
    private let running = Mutex<(group: ServiceGroup, task: Task<Void, any Error>)?>(nil)
    private let portBox = Mutex<Int?>(nil)

    var deliveries: [Delivery] { state.withLock { $0.deliveries } }
    var verifications: Int { state.withLock { $0.verifications } }
    var url: String { "http://127.0.0.1:\(portBox.withLock { $0 } ?? 0)/hook" }

    /// Statuses to answer the next deliveries with.
    func script(_ statuses: [Int]) { state.withLock { $0.statuses = statuses } }

    func start() async throws {
        let router = Router()
        router.get("/hook") { [self] request, _ -> Response in
            state.withLock { $0.verifications += 1 }
            let challenge = request.headers[HTTPField.Name("x-okta-verification-challenge")!] ?? ""
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(string: #"{"verification":"\#(challenge)"}"#)))
        }
        router.post("/hook") { [self] request, _ -> Response in
            let body = try await request.body.collect(upTo: 16 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let status = state.withLock { s -> Int in
                s.deliveries.append(Delivery(headers: headers, body: Data(body.readableBytesView)))
                return s.statuses.isEmpty ? 200 : s.statuses.removeFirst()
            }
            return Response(status: .init(code: status))
        }
        let (ports, portInput) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { portInput.yield($0.localAddress?.port ?? 0) })
        let group = ServiceGroup(configuration: .init(services: [app], logger: app.logger))
        running.withLock { $0 = (group, Task { try await group.run() }) }
        for await port in ports {
            portBox.withLock { $0 = port }
            break
        }
    }

    func stop() async {
        guard let (group, task) = running.withLock({ $0 }) else { return }
        await group.triggerGracefulShutdown()
        _ = await task.result
    }
}
