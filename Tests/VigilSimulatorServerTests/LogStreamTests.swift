import Foundation
import Synchronization
import Testing
@testable import VigilSimulatorServer

/// Records entries and the size of each call, or fails every call; while held, every call waits, like a stalled bus.
final class RecordingTransport: LogStreamTransport {
    struct Refused: Error {}
    let failing: Bool
    private let held: Mutex<Bool>
    private let recorded = Mutex<(entries: [PutEventsEntry], callSizes: [Int])>(([], []))

    init(failing: Bool = false, held: Bool = false) {
        self.failing = failing
        self.held = Mutex(held)
    }

    /// Lets waiting and later calls through.
    func release() { held.withLock { $0 = false } }

    var entries: [PutEventsEntry] { recorded.withLock { $0.entries } }
    var calls: Int { recorded.withLock { $0.callSizes.count } }
    var callSizes: [Int] { recorded.withLock { $0.callSizes } }

    func putEvents(_ entries: [PutEventsEntry]) async throws {
        while held.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        try recorded.withLock {
            $0.callSizes.append(entries.count)
            if failing { throw Refused() }
            $0.entries += entries
        }
    }
}

@Suite("Log Streams API and EventBridge delivery")
struct LogStreamTests {
    static let definition = #"{"type":"aws_eventbridge","name":"SIEM","settings":{"accountId":"123456789012","region":"us-east-1","eventSourceName":"vigil-okta"}}"#

    @Test("an active stream sends every event as a SystemLog entry from the partner source, one LogEvent each")
    func delivery() async throws {
        let transport = RecordingTransport()
        try await LiveServer.with(configure: { $0.logStreamTransport = transport }) { live in
            let created = try await live.request(.POST, "/api/v1/logStreams", json: Self.definition)
            #expect(created.status == 200)
            #expect(created.object["status"] as? String == "ACTIVE")
            let id = try #require(created.object["id"] as? String)
            let users = try await live.request("/api/v1/users?filter=\(escape("status eq \"ACTIVE\""))&limit=1")
            let user = try #require(users.array.first?["id"] as? String)
            _ = try await live.request(.POST, "/api/v1/users/\(user)/lifecycle/suspend")
            #expect(try await eventually { transport.entries.contains { String(decoding: $0.detail, as: UTF8.self).contains("user.lifecycle.suspend") } })
            let entry = try #require(transport.entries.first)
            #expect(entry.detailType == "SystemLog")
            #expect(entry.source == "aws.partner/okta.com/\(live.server.orgSubdomain)/vigil-okta")
            #expect(entry.accountId == "123456789012" && entry.region == "us-east-1")
            let detail = try #require(try JSONSerialization.jsonObject(with: Data(entry.detail)) as? [String: Any])
            #expect(detail["uuid"] as? String != nil)
            #expect(try await live.request("/api/v1/logStreams").array.count == 1)
            #expect(try await live.request(.POST, "/api/v1/logStreams/\(id)/lifecycle/deactivate").object["status"] as? String == "INACTIVE")
            #expect(try await live.request(.DELETE, "/api/v1/logStreams/\(id)").status == 204)
            #expect(try await live.request("/api/v1/logStreams/\(id)").status == 404)
        }
    }

    @Test("after two failed deliveries the stream deactivates itself and logs system.log_stream.lifecycle.deactivate")
    func deactivatesAfterFailures() async throws {
        let transport = RecordingTransport(failing: true)
        try await LiveServer.with(configure: { $0.logStreamTransport = transport }) { live in
            let id = try #require(try await live.request(.POST, "/api/v1/logStreams", json: Self.definition).object["id"] as? String)
            // Creating the stream is itself an event, which the stream tries to send.
            #expect(try await eventually { try await live.request("/api/v1/logStreams/\(id)").object["status"] as? String == "INACTIVE" })
            #expect(transport.calls == 2)
            let filter = escape("eventType eq \"system.log_stream.lifecycle.deactivate\" and target.id eq \"\(id)\"")
            #expect(try await eventually { try await live.request("/api/v1/logs?filter=\(filter)").array.count == 1 })
        }
    }

    @Test("events persisted while a call is in flight go out together, up to ten a call, in order, none lost")
    func slowBusGetsFullCalls() async throws {
        let transport = RecordingTransport(held: true)
        try await LiveServer.with(configure: {
            $0.logStreamTransport = transport
            $0.benignTraffic = true
            $0.eventsPerSecond = 200
            $0.weeklyRhythm = false
        }) { live in
            _ = try #require(try await live.request(.POST, "/api/v1/logStreams", json: Self.definition).object["id"] as? String)
            let streamedFrom = await live.server.emittedEvents().count
            // The first call (the stream's own creation event) stalls while the org goes on persisting events;
            // waiting for a count rather than a time keeps this independent of how fast the machine generates them.
            #expect(try await eventually(30) { await live.server.emittedEvents().count - streamedFrom >= 40 })
            transport.release()
            let emitted = await live.server.emittedEvents().dropFirst(streamedFrom).map(\.uuid)
            func sent() -> [String] {
                transport.entries.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.detail)) as? [String: Any])?["uuid"] as? String }
            }
            // At one event a call, the backlog would drain one entry per call; it must go out ten at a time.
            #expect(try await eventually { Set(emitted).isSubset(of: Set(sent())) })
            let all = sent(), start = try #require(all.firstIndex(of: emitted[0]))
            #expect(Array(all[start...].prefix(emitted.count)) == emitted, "sent in the order persisted")
            #expect(transport.callSizes.allSatisfy { (1...10).contains($0) })
            #expect(transport.callSizes.contains(10))
        }
    }

    @Test("settings are validated; at most two streams")
    func validation() async throws {
        try await LiveServer.with { live in
            let bad = Self.definition.replacingOccurrences(of: "123456789012", with: "12").replacingOccurrences(of: "us-east-1", with: "mars-1")
            let reply = try await live.request(.POST, "/api/v1/logStreams", json: bad)
            #expect(reply.status == 400)
            #expect((reply.object["errorCauses"] as? [[String: Any]])?.count == 2)
            #expect(try await live.request(.POST, "/api/v1/logStreams", json: Self.definition).status == 200)
            let second = Self.definition.replacingOccurrences(of: "vigil-okta", with: "second")
            #expect(try await live.request(.POST, "/api/v1/logStreams", json: second).status == 200)
            let third = Self.definition.replacingOccurrences(of: "vigil-okta", with: "third")
            #expect(try await live.request(.POST, "/api/v1/logStreams", json: third).status == 400)
        }
    }
}
