import Foundation
import GRDB
import Testing
import VigilEvent
@testable import VigilStore

@Suite struct EventStoreTests {
    @Test func storingTheSameEventTwiceIsANoOp() throws {
        let store = try StoreFixtures.temporaryStore()
        let events = (0..<20).map { StoreFixtures.event($0) }
        let first = try store.insert(events, source: "test")
        #expect(first.inserted == 20 && first.duplicates == 0)
        let again = try store.insert(Array(events[10...]) + [StoreFixtures.event(20)], source: "test")
        #expect(again.inserted == 1 && again.duplicates == 10)
        #expect(again.isNew == Array(repeating: false, count: 10) + [true])
        #expect(try store.eventCount() == 21)
    }

    /// Raw JSON comes back byte for byte, whether it was compressed before or after the dictionary existed,
    /// and after the store is reopened.
    @Test func rawJSONRoundTripsAcrossDictionaryTrainingAndReopen() throws {
        let store = try StoreFixtures.temporaryStore(sampleCount: 50)
        let events = (0..<300).map { StoreFixtures.event($0) }
        for batch in stride(from: 0, to: 300, by: 25) {
            try store.insert(Array(events[batch..<(batch + 25)]), source: "test")
            if batch == 50 { store.waitForDictionaryTraining() }
        }
        #expect(store.currentDictionary.withLock { $0 != nil })
        let reopened = try EventStore(directory: store.directory, configuration: store.configuration)
        for e in [events[0], events[49], events[50], events[299]] {
            let stored = try #require(try reopened.event(uuid: e.uuid))
            #expect(stored.raw == e.raw)
            #expect(stored.published == e.published && stored.eventType == e.eventType)
        }
    }

    @Test func freeTextSearchFindsMessagesIPsDomainsAndNames() throws {
        let store = try StoreFixtures.temporaryStore()
        try store.insert((0..<50).map { StoreFixtures.event($0) } + [StoreFixtures.event(50, type: "user.account.lock", message: "Max sign in attempts exceeded")], source: "test")
        #expect(try store.search(EventQuery(text: "attempts exceeded")).map(\.uuid) == [StoreFixtures.event(50).uuid])
        #expect(try store.search(EventQuery(text: "198.51.100.3", limit: 100)).count == 10)
        #expect(try store.search(EventQuery(text: "198.51.100", limit: 100)).count == 51)
        #expect(try store.search(EventQuery(text: "example.com", limit: 100)).count == 51)
        #expect(try store.search(EventQuery(text: "user2@example.com", limit: 100)).count == 10)
        #expect(try store.search(EventQuery(text: "montreal salesforce", limit: 100)).count == 51, "diacritics folded")
        #expect(try store.search(EventQuery(text: "user.account.lock")).count == 1)
        #expect(try store.search(EventQuery(text: "nothing-like-this")).isEmpty)
        #expect(try store.search(EventQuery(text: "\"(*) AND OR")).isEmpty, "operators and quotes are just words")
    }

    @Test func filtersTimeRangeAndNewestFirstPagination() throws {
        let store = try StoreFixtures.temporaryStore()
        // Stored out of order, across three days.
        let events = (0..<120).map { StoreFixtures.event($0 * 37 % 120, published: StoreFixtures.base.adding(seconds: Double($0 * 37 % 120) * 1800)) }
        try store.insert(events, source: "test")
        let seen = try allPages(store, EventQuery(limit: 25))
        #expect(seen.count == 120)
        #expect(seen.map(\.published) == seen.map(\.published).sorted(by: >))
        // The same with free text: pages walk the day partitions.
        let textSeen = try allPages(store, EventQuery(text: "login", limit: 30)).map(\.uuid)
        #expect(Set(textSeen).count == 120 && textSeen.count == 120)

        var q = EventQuery(limit: 200)
        q.user = "USER1@example.com"
        #expect(try store.search(q).count == 24)
        q.user = "00u1"
        #expect(try store.search(q).count == 24)
        q.user = "nobody@example.com"
        #expect(try store.search(q).isEmpty)
        q = EventQuery(since: StoreFixtures.base.adding(seconds: 1800 * 10), until: StoreFixtures.base.adding(seconds: 1800 * 19), limit: 200)
        #expect(try store.search(q).count == 10)
        q = EventQuery(limit: 200)
        q.eventTypes = ["user.session.start"]
        q.outcome = "success"
        #expect(try store.search(q).count == 120)
        q.outcome = "FAILURE"
        #expect(try store.search(q).isEmpty)
    }

    /// The outcome index holds only the outcomes few events have: a search for one of them reads that index (its
    /// condition spelled into the query), and a search for a common one still finds every event that has it.
    @Test func outcomesCommonAndUncommon() throws {
        let store = try StoreFixtures.temporaryStore()
        let outcomes = ["SUCCESS", "ALLOW", "FAILURE", "DENY", "SUCCESS", "CHALLENGE"]
        let events = (0..<60).map { StoreFixtures.event($0, outcome: outcomes[$0 % outcomes.count]) }
        try store.insert(events, source: "test")
        for (outcome, count) in [("success", 20), ("ALLOW", 10), ("failure", 10), ("DENY", 10), ("CHALLENGE", 10), ("SKIPPED", 0)] {
            var q = EventQuery(limit: 200)
            q.outcome = outcome
            let found = try store.search(q)
            #expect(found.count == count, "\(outcome)")
            #expect(found.map(\.published) == found.map(\.published).sorted(by: >))
        }
        let (indexed, plan) = try store.pool.read { db in
            let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM event INDEXED BY event_outcome_uncommon WHERE \(try StoreSchema.uncommonOutcome(column: "outcome", db))")
            var q = EventQuery(limit: 50)
            q.outcome = "DENY"
            let filter = try EventStore.filters(q, db)
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT e.id FROM event e WHERE \(filter.sql) ORDER BY e.published DESC LIMIT 50",
                                        arguments: StatementArguments(filter.arguments)).map { $0["detail"] as String }
            return (rows, plan.joined(separator: "; "))
        }
        #expect(indexed == 30)
        #expect(plan.contains("event_outcome_uncommon"), "\(plan)")
    }

    /// An actor or IP is found hour by hour (the indexes lead with the hour of publication): over six days in which
    /// most hours hold none of a user's events, pages come newest first and lose or repeat nothing.
    @Test func actorAndIPFiltersWalkTheHours() throws {
        let store = try StoreFixtures.temporaryStore()
        let minute = 60.0
        // 200 events 47 minutes apart, stored out of order; user 3 has every fifth.
        let events = (0..<200).map { $0 * 61 % 200 }.map { StoreFixtures.event($0, published: StoreFixtures.base.adding(seconds: Double($0) * 47 * minute)) }
        try store.insert(events, source: "test")
        let expected = (0..<200).filter { $0 % 5 == 3 }.reversed().map { StoreFixtures.event($0).uuid }

        var q = EventQuery(limit: 7)
        q.user = "user3@example.com"
        #expect(try allPages(store, q).map(\.uuid) == expected)
        q.user = nil
        q.ip = "198.51.100.3"
        #expect(try allPages(store, q).map(\.uuid) == expected)
        q.eventTypes = ["user.session.start"]
        #expect(try allPages(store, q).map(\.uuid) == expected)
        q.eventTypes = ["user.session.end"]
        #expect(try store.search(q).isEmpty)

        // A time range narrows the hours walked: events 100 to 150 (inclusive) of user 3 are 103, 108, ..., 148.
        q = EventQuery(since: StoreFixtures.base.adding(seconds: 100 * 47 * minute), until: StoreFixtures.base.adding(seconds: 150 * 47 * minute), limit: 100)
        q.user = "00u3"
        #expect(try store.search(q).map(\.uuid) == stride(from: 148, through: 103, by: -5).map { StoreFixtures.event($0).uuid })

        let days = try store.activity(user: "user3@example.com")
        #expect(days.map(\.events).reduce(0, +) == 40)
        #expect(days.map(\.day) == days.map(\.day).sorted(by: >))
        let lastDays = try store.activity(user: "user3@example.com", since: StoreFixtures.base.adding(seconds: 100 * 47 * minute))
        #expect(lastDays.map(\.events).reduce(0, +) == 20)
    }

    /// A session's events are those whose external or root session id it is, including events that carry only a
    /// root session id; other filters still apply.
    @Test func sessionFilterFindsExternalAndRootSessions() throws {
        let store = try StoreFixtures.temporaryStore()
        // Fixture events 0–9 are in session idx0, 10–19 in idx1, and so on.
        var events = (0..<40).map { StoreFixtures.event($0) }
        func withContext(_ n: Int, _ context: String) -> OktaEvent {
            let raw = String(decoding: StoreFixtures.event(n).raw, as: UTF8.self)
                .replacingOccurrences(of: #""authenticationContext":{"externalSessionId":"idx\#(n / 10)"}"#, with: #""authenticationContext":\#(context)"#)
            return try! OktaEvent(raw: Array(raw.utf8))
        }
        events.append(withContext(100, #"{"externalSessionId":"idx9","rootSessionId":"idx1"}"#))
        events.append(withContext(101, #"{"rootSessionId":"idx1"}"#))
        events.append(withContext(102, #"{"externalSessionId":"idx1","rootSessionId":"idx1"}"#))
        try store.insert(events, source: "test")

        var q = EventQuery(limit: 100)
        q.session = "idx1"
        let found = try store.search(q)
        #expect(Set(found.map(\.uuid)) == Set(((10..<20).map { StoreFixtures.event($0).uuid }) + [100, 101, 102].map { StoreFixtures.event($0).uuid }))
        #expect(found.count == 13)
        #expect(found.map(\.published) == found.map(\.published).sorted(by: >))
        q.user = "user1@example.com"
        #expect(try store.search(q).map(\.uuid) == [101, 16, 11].map { StoreFixtures.event($0).uuid })
        q.text = "login"
        #expect(try store.search(q).count == 3)
        q = EventQuery(limit: 5)
        q.session = "idx1"
        #expect(try store.search(q).count == 5)
        q.session = "idx404"
        #expect(try store.search(q).isEmpty)
    }

    /// The writer forgets term ids when its cache is full; a term seen again afterwards keeps its one row and id.
    @Test func termsOutlivingTheWritersCacheKeepTheirIds() throws {
        let store = try StoreFixtures.temporaryStore()
        store.writer.withLock { $0.termCacheCapacity = 2 }
        // Sessions idx0–idx5 (ten events each), then idx0 again after the cache has been emptied.
        for n in 0..<60 { try store.insert([StoreFixtures.event(n)], source: "test") }
        let later = StoreFixtures.event(100, published: StoreFixtures.base.adding(seconds: 7200))
        let again = try OktaEvent(raw: Array(String(decoding: later.raw, as: UTF8.self)
            .replacingOccurrences(of: "idx10", with: "idx0").utf8))
        try store.insert([again], source: "test")
        let sessionTerms = try store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM term WHERE kind = ?", arguments: [TermKind.session.rawValue])
        }
        #expect(sessionTerms == 6)
        var q = EventQuery(limit: 100)
        q.session = "idx0"
        #expect(try store.search(q).count == 11)
    }

    /// Follows cursors from the first page to the last.
    private func allPages(_ store: EventStore, _ first: EventQuery) throws -> [StoredEvent] {
        var page = first, all: [StoredEvent] = []
        while case let results = try store.search(page), !results.isEmpty {
            all += results
            page.after = results.last!.cursor
        }
        return all
    }

    @Test func retentionRemovesOldEventsAndTheirSearchPartitions() throws {
        let store = try StoreFixtures.temporaryStore()
        let day: Double = 86_400
        let events = (0..<10).map { StoreFixtures.event($0, published: StoreFixtures.base.adding(seconds: Double($0) * day)) }
        try store.insert(events, source: "test")
        let result = try store.enforceRetention(before: StoreFixtures.base.adding(seconds: 5 * day))
        #expect(result.deletedEvents == 5)
        #expect(result.droppedPartitions == 5)
        #expect(try store.eventCount() == 5)
        #expect(try store.search(EventQuery(text: "login", limit: 50)).count == 5)
        // New events for an expired day still get stored and found.
        try store.insert([StoreFixtures.event(99, published: StoreFixtures.base)], source: "test")
        #expect(try store.search(EventQuery(text: "login", limit: 50)).count == 6)
    }

    /// The background checkpointer copies committed pages into the database file. Nothing else does here: the
    /// writer's own automatic checkpoint starts only at a WAL far larger than this test writes, so without the
    /// checkpointer the main file would keep its initial size.
    @Test func theWALIsCheckpointedInTheBackground() async throws {
        let store = try StoreFixtures.temporaryStore()
        func mainFileSize() throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: store.databaseURL.path)[.size] as? NSNumber)?.intValue ?? 0
        }
        let before = try mainFileSize()
        try store.insert((0..<300).map { StoreFixtures.event($0) }, source: "test")
        var grown = false
        for _ in 0..<40 where !grown {
            try await Task.sleep(for: .milliseconds(100))
            grown = try mainFileSize() > before + 32_768
        }
        #expect(grown, "committed pages never reached the database file")
    }

    @Test func checkpointsAreSavedWithTheirBatch() throws {
        let store = try StoreFixtures.temporaryStore()
        #expect(try store.checkpoint("okta:acme:poll") == nil)
        try store.insert([StoreFixtures.event(1)], source: "poll", checkpoint: ("okta:acme:poll", "https://acme/next?after=1"))
        #expect(try store.checkpoint("okta:acme:poll") == "https://acme/next?after=1")
        try store.setCheckpoint("okta:acme:poll", "after=2")
        #expect(try store.checkpoint("okta:acme:poll") == "after=2")
    }

    @Test func activityByDayPerUser() throws {
        let store = try StoreFixtures.temporaryStore()
        let hour: Double = 3600
        var events = (0..<30).map { StoreFixtures.event($0 * 5, published: StoreFixtures.base.adding(seconds: Double($0) * hour)) }
        events.append(StoreFixtures.event(1000, outcome: "FAILURE", published: StoreFixtures.base))
        try store.insert(events, source: "test")
        let days = try store.activity(user: "user0@example.com")
        #expect(days.count == 2)
        #expect(days.map(\.events).reduce(0, +) == 31)
        #expect(days.last?.failures == 1)
        #expect(days.last?.distinctIPs == 1)
    }
}
