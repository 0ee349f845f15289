import Foundation
import Synchronization
import Testing
import VigilConfig
import VigilSimulatorServer
@testable import VigilServer

/// `VigilService` runs each integration's inventory sync on its schedule, through the integration's one Okta
/// client; an integration whose sync fails has that recorded and the service goes on.
@Suite struct ServiceInventoryTests {
    @Test func syncsEachIntegrationAndSurvivesAFailingOne() async throws {
        var org = SimulatedOktaServerConfiguration(seed: 5, users: 8, apiTokens: ["inventory-token"])
        org.benignTraffic = false
        try await SimulatedOktaServer.withRunning(org, logger: ServeCrash.quietLogger) { server in
            let dir = HookFixtures.temporaryDirectory("inventory")
            defer { try? FileManager.default.removeItem(at: dir) }
            var components = VigilService.Components()
            components.environment = ["GOOD_TOKEN": "inventory-token", "REVOKED_TOKEN": "revoked-token"]
            let good = IntegrationConfiguration(id: "good", orgURL: server.url, credential: .apiToken(.environment("GOOD_TOKEN")),
                                                poll: .init(enabled: false))
            let revoked = IntegrationConfiguration(id: "revoked", orgURL: server.url, credential: .apiToken(.environment("REVOKED_TOKEN")),
                                                   poll: .init(enabled: false))
            let service = try VigilService(configuration: VigilConfiguration(dataDirectory: dir.path, integrations: [good, revoked]),
                                           components: components)
            let stopped = Atomic(false)
            let running = Task {
                try await service.runIngestion()
                stopped.store(true, ordering: .relaxed)
            }
            let synced = try await ServeCrash.wait(timeout: .seconds(60)) {
                let status = try service.store.inventoryStatus()
                return status.contains { $0.integration == "good" && $0.lastSuccess != nil }
                    && status.contains { $0.integration == "revoked" && $0.failures > 0 }
            }
            let statuses = try service.store.inventoryStatus()
            #expect(synced, "\(statuses)")
            #expect(try service.store.inventory(integration: "good", kind: "user").count == 8)
            #expect(try service.store.inventory(integration: "revoked", kind: "user").isEmpty)
            let failure = try #require(try service.store.inventoryStatus().first { $0.integration == "revoked" })
            #expect(failure.lastError?.contains("401") == true, "\(failure)")
            let stoppedEarly = stopped.load(ordering: .relaxed)
            #expect(!stoppedEarly, "a failed sync must not stop the service")
            // The poller and the inventory of an integration share one client, and so one rate-limit budget.
            #expect(try service.oktaClients.client(for: good) === service.oktaClients.client(for: good))
            running.cancel()
            _ = try? await running.value
        }
    }
}
