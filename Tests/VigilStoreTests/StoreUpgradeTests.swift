import Foundation
import GRDB
import Synchronization
import Testing
import VigilEvent
@testable import VigilStore

@Suite("Store upgrades")
struct StoreUpgradeTests {
    @Test("A store from before v3 reports each upgrade step and keeps its events; new and current stores open silently")
    func upgradeFromV2() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-upgrade-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let steps = Mutex<[StoreUpgradeStep]>([])
        var config = StoreConfiguration()
        config.synchronous = .normal
        config.upgradeProgress = { step in steps.withLock { $0.append(step) } }

        let events = (0..<120).map { StoreFixtures.event($0, users: 6, outcome: $0 % 4 == 0 ? "FAILURE" : "SUCCESS") }
        let store = try EventStore(directory: dir, configuration: config)
        try store.insert(events, source: "test")
        // Put the schema back as v2 left it: the v1 actor, IP, root-session and outcome indexes, the v3 and v4
        // migrations not applied.
        try store.pool.write { db in
            try db.execute(sql: """
                DROP INDEX event_actor_hour; DROP INDEX event_ip_hour; DROP INDEX event_root_session; DROP INDEX event_outcome_uncommon;
                CREATE INDEX event_outcome ON event(outcome, published);
                CREATE INDEX event_actor ON event(actor, published);
                CREATE INDEX event_ip ON event(ip, published);
                CREATE INDEX event_root_session ON event(root_session) WHERE root_session IS NOT NULL AND root_session != session;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%' OR identifier LIKE 'v4:%';
                """)
        }
        try store.close()
        #expect(steps.withLock { $0 }.isEmpty)

        let upgraded = try EventStore(directory: dir, configuration: config)
        let pending = StoreSchema.migrator.migrations.filter { $0.hasPrefix("v3:") || $0.hasPrefix("v4:") }
        let reported = steps.withLock { $0 }
        #expect(reported.count == 2 * pending.count)
        for (i, migration) in pending.enumerated() {
            #expect(reported[2 * i] == .started(migration: migration, position: i + 1, count: pending.count))
            guard case .finished(migration, let seconds) = reported[2 * i + 1] else {
                Issue.record("step \(i + 1) did not finish: \(reported)")
                continue
            }
            #expect(seconds >= 0)
        }
        let indexes = try upgraded.pool.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event'")
        }
        #expect(indexes.isSuperset(of: ["event_actor_hour", "event_ip_hour", "event_root_session", "event_outcome_uncommon"]))
        #expect(indexes.isDisjoint(with: ["event_actor", "event_ip", "event_outcome"]))
        var byUser = EventQuery(limit: 500)
        byUser.user = "user2@example.com"
        #expect(try upgraded.search(byUser).count == events.count / 6)
        var failures = EventQuery(limit: 500)
        failures.outcome = "FAILURE"
        #expect(try upgraded.search(failures).count == events.count / 4)
        try upgraded.close()

        steps.withLock { $0.removeAll() }
        try EventStore(directory: dir, configuration: config).close()
        #expect(steps.withLock { $0 }.isEmpty)
    }

    @Test("Upgrade steps read as a person would want them in a log")
    func descriptions() {
        #expect(StoreUpgradeStep.started(migration: "v3: actor and IP indexes by hour", position: 1, count: 2).description
                == "upgrading the store, step 1 of 2: v3: actor and IP indexes by hour")
        #expect(StoreUpgradeStep.finished(migration: "v3: x", seconds: 3.24).description == "upgraded the store: v3: x took 3.2 s")
    }
}
