import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilEvent
@testable import VigilWeb

@Suite("REST API: events")
struct EventsAPITests {
    @Test("Free text and filters narrow the search; every result satisfies them")
    func search() async throws {
        try await withApp { fixture, client in
            let failureFound = fixture.events.first { $0.string(.outcomeResult) == "FAILURE" && $0.string(.actorAlternateId) != nil }
            let failure = try #require(failureFound)
            let actor = failure.string(.actorAlternateId)!
            let uri = "/api/v1/events?outcome=failure&actor=\(escapePath(actor))&eventType=\(failure.eventType)&limit=500"
            let page = try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.viewer)).json()
            let events = try #require(page["events"].array)
            #expect(events.contains { $0["uuid"].string == failure.uuid })
            for e in events {
                #expect(e["outcome"].string == "FAILURE")
                #expect(e["eventType"].string == failure.eventType)
                #expect((e["actor"])["alternateId"].string == actor)
            }
            let expected = fixture.events.filter {
                $0.string(.outcomeResult) == "FAILURE" && $0.string(.actorAlternateId)?.lowercased() == actor.lowercased() && $0.eventType == failure.eventType
            }.count
            #expect(events.count == expected)

            let word = try #require(failure.string(.displayMessage)?.split(separator: " ").first.map(String.init))
            // The failure is the fixture's oldest: a page of the default size (newest first) may end before it.
            let text = try await client.execute(uri: "/api/v1/events?q=\(escapePath(word))&ip=\(failure.string(.clientIP) ?? "")&limit=500",
                                                method: .get, headers: fixture.bearer(.viewer)).json()
            let found = try #require(text["events"].array)
            #expect(found.count < 500)
            #expect(found.contains { $0["uuid"].string == failure.uuid })
            #expect(found.allSatisfy { $0["ipAddress"].string == failure.string(.clientIP) })
        }
    }

    @Test("A session id finds exactly that session's events, with other filters too")
    func session() async throws {
        try await withApp { fixture, client in
            // Okta writes "unknown" when there is no session; the store keeps no session for it.
            let inSession = Dictionary(grouping: fixture.events.filter { ($0.string(.externalSessionId) ?? "unknown") != "unknown" }) {
                $0.string(.externalSessionId)!
            }
            let (id, events) = try #require(inSession.max { $0.value.count < $1.value.count })
            let page = try await client.execute(uri: "/api/v1/events?session=\(escapePath(id))&limit=500", method: .get,
                                                headers: fixture.bearer(.viewer)).json()
            let found = try #require(page["events"].array).compactMap { $0["uuid"].string }
            #expect(Set(found) == Set(events.map(\.uuid)) && found.count == events.count)
            let type = events[0].eventType
            let typed = try await client.execute(uri: "/api/v1/events?session=\(escapePath(id))&eventType=\(type)&limit=500", method: .get,
                                                 headers: fixture.bearer(.viewer)).json()
            #expect(try #require(typed["events"].array).count == events.filter { $0.eventType == type }.count)
            for absent in ["no-such-session", "unknown"] {
                let none = try await client.execute(uri: "/api/v1/events?session=\(absent)", method: .get, headers: fixture.bearer(.viewer)).json()
                #expect(none["events"].array?.isEmpty == true)
            }
        }
    }

    @Test("Cursor pagination walks every event once, newest first")
    func pagination() async throws {
        try await withApp(benignEvents: 400) { fixture, client in
            var seen: [String] = [], cursor: String? = nil, previous = "9999"
            repeat {
                let page = try await client.execute(uri: "/api/v1/events?limit=97" + (cursor.map { "&cursor=\($0)" } ?? ""),
                                                    method: .get, headers: fixture.bearer(.viewer)).json()
                let events = try #require(page["events"].array)
                for e in events {
                    let published = try #require(e["published"].string)
                    #expect(published <= previous)
                    previous = published
                    seen.append(try #require(e["uuid"].string))
                }
                cursor = page["nextCursor"].string
            } while cursor != nil
            #expect(seen.count == fixture.events.count)
            #expect(Set(seen).count == seen.count)
        }
    }

    @Test("Bad parameters get 400 naming the parameter")
    func badRequests() async throws {
        try await withApp(benignEvents: 100) { fixture, client in
            for (query, field) in [("outcome=maybe", "outcome"), ("limit=0", "limit"), ("limit=x", "limit"), ("since=yesterday", "since"),
                                   ("cursor=abc", "cursor"), ("since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z", "since")] {
                let response = try await client.execute(uri: "/api/v1/events?" + query, method: .get, headers: fixture.bearer(.viewer))
                #expect(response.status == .badRequest, "\(query)")
                #expect((try response.json()["error"])["field"].string == field, "\(query)")
            }
        }
    }

    @Test("Event detail returns the raw JSON as Okta sent it; unknown uuids are 404")
    func detail() async throws {
        try await withApp(benignEvents: 100) { fixture, client in
            let event = fixture.events[17]
            let detail = try await client.execute(uri: "/api/v1/events/\(event.uuid)", method: .get, headers: fixture.bearer(.viewer)).json()
            let raw = try #require(detail["raw"].raw as? NSDictionary)
            let original = try #require(JSONSerialization.jsonObject(with: Data(event.raw)) as? NSDictionary)
            #expect(raw.isEqual(to: original as! [AnyHashable: Any]))
            #expect((detail["summary"])["eventType"].string == event.eventType)
            let missing = try await client.execute(uri: "/api/v1/events/00000000-0000-1000-8000-000000000000", method: .get, headers: fixture.bearer(.viewer))
            #expect(missing.status == .notFound)
            #expect(try missing.errorMessage().contains("no event"))
        }
    }
}
