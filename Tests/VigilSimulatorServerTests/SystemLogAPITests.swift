import Foundation
import Testing
import VigilEvent
@testable import VigilSimulatorServer

@Suite("System Log API over HTTP")
struct SystemLogAPITests {
    /// An org with an hour of history at 10 events per simulated second (compressed 60×, so it stays put).
    private static func withHistory(_ body: (LiveServer) async throws -> Void) async throws {
        try await LiveServer.with(users: 60, configure: {
            $0.benignTraffic = true
            $0.backfill = 3600
            $0.timeCompression = 1
            $0.eventsPerSecond = 1
            $0.start = Timestamp(iso8601: "2026-11-02T14:00:00Z")
        }, body)
    }

    @Test("a bounded query pages in published order through Link headers, self before next, and ends")
    func boundedPaging() async throws {
        try await Self.withHistory { live in
            let since = "2026-11-02T13:00:00.000Z", until = "2026-11-02T13:59:00.000Z"
            let expected = await live.server.emittedEvents().filter {
                $0.published >= Timestamp(iso8601: since)! && $0.published < Timestamp(iso8601: until)!
            }
            #expect(expected.count > 300)
            var next: String? = "/api/v1/logs?since=\(since)&until=\(until)&limit=250"
            var uuids: [String] = [], published: [String] = [], pages = 0
            while let url = next {
                let reply = try await live.request(url)
                #expect(reply.status == 200)
                #expect(reply.links.first?.rel == "self")
                #expect(reply.headers["Link"].count == reply.links.count)
                let page = reply.array
                #expect(page.count <= 250)
                uuids += page.compactMap { $0["uuid"] as? String }
                published += page.compactMap { $0["published"] as? String }
                next = reply.next
                pages += 1
            }
            #expect(pages >= 2)
            #expect(uuids.count == expected.count)
            #expect(Set(uuids) == Set(expected.map(\.uuid)))
            #expect(published == published.sorted())
        }
    }

    @Test("descending bounded order, and limit default 100 and max 1000")
    func descendingAndLimits() async throws {
        try await Self.withHistory { live in
            let reply = try await live.request("/api/v1/logs?since=2026-11-02T13:00:00Z&until=2026-11-02T14:00:00Z&sortOrder=DESCENDING")
            let published = reply.array.compactMap { $0["published"] as? String }
            #expect(published.count == 100)
            #expect(published == published.sorted(by: >))
            #expect(try await live.request("/api/v1/logs?limit=1001").errorCode == "E0000001")
            #expect(try await live.request("/api/v1/logs?since=2026-11-02T13:00:00Z&until=2026-11-02T14:00:00Z&limit=1000").array.count > 100)
        }
    }

    @Test("filter by eventType with or, by actor.id and outcome.result; q matches keywords")
    func filters() async throws {
        try await Self.withHistory { live in
            let window = "since=2026-11-02T13:00:00Z&until=2026-11-02T14:00:00Z&limit=1000"
            let filter = "eventType eq \"user.session.start\" or eventType eq \"user.authentication.sso\""
            let reply = try await live.request("/api/v1/logs?\(window)&filter=\(escape(filter))")
            let types = Set(reply.array.compactMap { $0["eventType"] as? String })
            #expect(types == ["user.session.start", "user.authentication.sso"])

            let first = reply.array.first { $0["eventType"] as? String == "user.session.start" }
            let actor = try #require((first?["actor"] as? [String: Any])?["id"] as? String)
            let byActor = try await live.request("/api/v1/logs?\(window)&filter=\(escape("actor.id eq \"\(actor)\" and outcome.result eq \"SUCCESS\""))")
            #expect(!byActor.array.isEmpty)
            for event in byActor.array {
                #expect((event["actor"] as? [String: Any])?["id"] as? String == actor)
                #expect((event["outcome"] as? [String: Any])?["result"] as? String == "SUCCESS")
            }
            let login = try #require((first?["actor"] as? [String: Any])?["alternateId"] as? String)
            let byKeyword = try await live.request("/api/v1/logs?\(window)&q=\(escape(login.uppercased()))")
            #expect(!byKeyword.array.isEmpty)
            #expect(byKeyword.array.allSatisfy { String(data: try! JSONSerialization.data(withJSONObject: $0), encoding: .utf8)!.lowercased().contains(login.lowercased()) })
        }
    }

    @Test("a polling request always has a next link, also on an empty page")
    func pollingNeverEnds() async throws {
        try await LiveServer.with { live in
            let reply = try await live.request("/api/v1/logs?since=\(escape(Timestamp.now().adding(seconds: -60).iso8601))")
            #expect(reply.status == 200)
            #expect(reply.array.isEmpty)
            let next = try #require(reply.next)
            #expect(next.contains("after="))
            #expect(reply.links.map(\.rel) == ["self", "next"])
            let again = try await live.request(next)
            #expect(again.array.isEmpty)
            #expect(again.next != nil)
        }
    }

    @Test("bad parameters are 400 E0000001; since over 180 days ago is E0000053; published cannot be filtered")
    func badParameters() async throws {
        try await LiveServer.with { live in
            for query in ["limit=abc", "since=yesterday", "sortOrder=SIDEWAYS", "filter=eventType%20eq", "after=nonsense",
                          "filter=" + escape("published gt \"2026-01-01T00:00:00Z\"")] {
                let reply = try await live.request("/api/v1/logs?\(query)")
                #expect(reply.status == 400, "\(query)")
                #expect(reply.errorCode == "E0000001", "\(query)")
                #expect(reply.object["errorCauses"] as? [[String: Any]] != nil)
                #expect(reply.object["errorId"] as? String != nil)
                #expect(reply.object["errorLink"] as? String == "E0000001")
            }
            let old = try await live.request("/api/v1/logs?since=\(escape(Timestamp.now().adding(seconds: -181 * 86_400).iso8601))")
            #expect(old.status == 400)
            #expect(old.errorCode == "E0000053")
        }
    }

    @Test("an event persisted late still comes after the polling cursor, with no duplicates")
    func lateEventsAfterCursor() async throws {
        // Well before the server starts, so a slow start on a busy machine cannot leave its first events out.
        let since = Timestamp.now().adding(seconds: -3600)
        try await LiveServer.with(users: 50, configure: {
            $0.benignTraffic = true
            $0.eventsPerSecond = 25
            $0.weeklyRhythm = false
            $0.ingestionDelay = 2
            $0.outOfOrder = true
        }) { live in
            var seen: [String] = []
            var next = "/api/v1/logs?since=\(escape(since.iso8601))&limit=1000"
            var maxPublished = Timestamp(millis: 0)
            var lateArrivals = 0
            let stop = Date().addingTimeInterval(6)
            while Date() < stop {
                let reply = try await live.request(next)
                for event in reply.array {
                    let published = Timestamp(iso8601: event["published"] as! String)!
                    if published < maxPublished { lateArrivals += 1 }
                    maxPublished = max(maxPublished, published)
                    seen.append(event["uuid"] as! String)
                }
                next = try #require(reply.next)
                try await Task.sleep(for: .milliseconds(300))
            }
            // Drain what was persisted up to now, then compare with the ground truth.
            let emitted = await live.server.emittedEvents()
            while seen.count < emitted.count {
                let reply = try await live.request(next)
                guard !reply.array.isEmpty else { break }
                seen += reply.array.map { $0["uuid"] as! String }
                next = try #require(reply.next)
            }
            #expect(seen.count == Set(seen).count, "no duplicates")
            #expect(Set(emitted.map(\.uuid)).isSubset(of: Set(seen)), "nothing lost")
            #expect(lateArrivals > 0, "some events were persisted after later-published ones")
        }
    }
}

func escape(_ text: String) -> String {
    var allowed = CharacterSet.urlQueryAllowed
    allowed.remove(charactersIn: "&=+:\" ")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}
