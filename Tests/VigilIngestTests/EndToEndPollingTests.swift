import Foundation
import Testing
import VigilEvent
import VigilIngest
import VigilOkta
import VigilSimulatorServer
import VigilStore

/// The System Log poller against the simulated org over real HTTP, into a real store: whatever the org emits is
/// stored exactly once, across a restart, though events become visible out of `published` order.
@Suite("End to end: System Log polling from the simulated org")
struct EndToEndPollingTests {
    /// Runs a poller until `done`, then stops it gracefully and returns its final status.
    static func poll(_ server: SimulatedOktaServer, credential: OktaCredential, into store: EventStore,
                     until done: () async throws -> Bool) async throws -> SystemLogPollerStatus {
        let client = try OktaClient(orgURL: try #require(URL(string: server.url)), credential: credential, logger: quietLogger())
        let poller = SystemLogPoller(integrationID: "e2e", client: client, sink: StoreSink(store: store), checkpoints: store,
                                     configuration: SystemLogPollerConfiguration(backfill: 3600, pollInterval: .milliseconds(100),
                                                                                 pageSize: 200, errorBackoff: .milliseconds(50)),
                                     logger: quietLogger())
        let run = Task { try await poller.run() }
        let finished = try await eventually(timeout: .seconds(60), done)
        run.cancel()
        try await run.value
        let status = await poller.status()
        #expect(finished, "poller did not catch up: \(status)")
        return status
    }

    @Test("every emitted uuid stored once, across a restart from the saved cursor", arguments: EndToEnd.Auth.allCases)
    func everyEventOnceAcrossARestart(auth: EndToEnd.Auth) async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await EndToEnd.withOrg { server in
            let credential = try await auth.credential(registeringWith: server)

            // First run: backfill the history, then follow live traffic through an attack.
            let first = try await server.trigger(scenario: "mfa-push-bombing")
            let before = try await Self.poll(server, credential: credential, into: store) {
                try EndToEnd.missing(first.uuids, in: store).isEmpty
            }
            #expect(before.lastError == nil, "\(before)")
            let cursor = try #require(try store.checkpoint(SystemLogPoller.checkpointName("e2e")))
            #expect(cursor.contains("after="), "the saved cursor is Okta's next link: \(cursor)")

            // Down while an attack plays and live traffic goes on; the restart resumes from the cursor.
            let second = try await server.trigger(scenario: "password-spray-single-ip")
            try await Task.sleep(for: .seconds(2))
            var truth: [EmittedEvent] = []
            let after = try await Self.poll(server, credential: credential, into: store) {
                if truth.isEmpty, try EndToEnd.missing(second.uuids, in: store).isEmpty {
                    // The attack is visible and stored; now everything the org had emitted by then must arrive.
                    truth = await server.emittedEvents()
                }
                return try !truth.isEmpty && EndToEnd.missing(truth.map(\.uuid), in: store).isEmpty
            }
            #expect(after.eventsStored > 0 && after.lastError == nil, "\(after)")

            // None missing, none twice: the sink never saw an event again, and the store holds only emitted ones.
            #expect(before.duplicates == 0 && after.duplicates == 0)
            #expect(Set(truth.map(\.uuid)).count == truth.count)
            #expect(try store.eventCount() == before.eventsStored + after.eventsStored)
            let final = Set(await server.emittedEvents().map(\.uuid))
            #expect(try store.eventCount() <= final.count)
            #expect(try EndToEnd.missing(truth.map(\.uuid), in: store).isEmpty)

            // The run really was out of order: some event became visible after a later-published one.
            let visible = truth.sorted { $0.visibleAt < $1.visibleAt }
            #expect(zip(visible, visible.dropFirst()).contains { $0.published > $1.published })
        }
    }
}
