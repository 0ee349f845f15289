import Foundation
import Testing
import VigilIngest
import VigilOkta
import VigilOktaTesting
import VigilStore

/// The inventory sync as the service runs it: on a schedule kept in the store, recording each outcome, and going on
/// after a failure.
@Suite struct InventoryScheduleTests {
    @Test func syncsOnScheduleAndSurvivesFailures() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let org = ScriptedInventory()
        func status() throws -> InventoryStatusRecord? { try store.inventoryStatus().first { $0.integration == "org1" } }
        try await ScriptedOktaServer.with({ await org.answer($0) }) { base in
            let sync = InventorySync(integrationID: "org1", client: try pollClient(base), store: store, interval: .milliseconds(300),
                                     retryDelay: .milliseconds(100), logger: quietLogger())
            #expect(sync.delayUntilDue() == .zero, "a first start syncs at once")
            let running = Task { await sync.runScheduled() }

            #expect(try await eventually { try status()?.lastSuccess != nil })
            let first = try #require(try status())
            #expect(first.failures == 0 && first.lastError == nil)
            #expect(first.lastChanges?.contains("user +1") == true, "\(first)")

            // A change in Okta is picked up by a later scheduled sync and kept with its time.
            await org.set(status: "SUSPENDED")
            #expect(try await eventually { try store.inventory(integration: "org1", kind: "user").first?.status == "SUSPENDED" })
            let change = try #require(try store.inventoryChanges(integration: "org1", item: "00u1").first)
            #expect(change.change == .updated && change.newStatus == "SUSPENDED" && change.at > first.lastAttempt)

            // A failing sync is recorded, keeps the last success, and is tried again until it works.
            await org.forbidGroups(true)
            #expect(try await eventually { try status()?.failures ?? 0 >= 2 })
            let failing = try #require(try status())
            #expect(failing.lastError?.contains("permission") == true, "\(failing)")
            #expect(failing.lastSuccess != nil && failing.lastChanges != nil)
            await org.forbidGroups(false)
            #expect(try await eventually { try status()?.failures == 0 })
            running.cancel()
            await running.value

            // A restarted service keeps the schedule: the next sync is due an interval after the last success.
            let restarted = InventorySync(integrationID: "org1", client: try pollClient(base), store: store, interval: .seconds(3600),
                                          logger: quietLogger())
            let delay = restarted.delayUntilDue()
            #expect(delay > .seconds(3590) && delay <= .seconds(3600), "\(delay)")
        }
    }
}
