import Foundation
import Testing
import VigilSimulator
@testable import VigilSimulatorServer

@Suite("Triggering attack scenarios on a running org")
struct ScenarioTriggerTests {
    @Test("POST /simulator/scenarios/{name} plays the scenario; its events reach the System Log")
    func trigger() async throws {
        try await LiveServer.with(configure: { $0.timeCompression = 600 }) { live in
            let run = try await SimulatorAdminClient.trigger(orgURL: live.url, apiToken: LiveServer.token, scenario: "mfa-push-bombing")
            #expect(run.scenario == "mfa-push-bombing")
            #expect(!run.uuids.isEmpty)
            #expect(try await eventually(15) {
                Set(await live.server.emittedEvents().filter { $0.label == "scenario:mfa-push-bombing" }.map(\.uuid)) == Set(run.uuids)
            })
            let second = try await live.server.trigger(scenario: "mfa-push-bombing")
            #expect(Set(second.uuids).isDisjoint(with: run.uuids), "each play has fresh ids")
        }
    }

    @Test("unknown scenarios are 404, OAuth tokens and missing tokens cannot trigger")
    func refused() async throws {
        try await LiveServer.with { live in
            #expect(try await live.request(.POST, "/simulator/scenarios/nope").status == 404)
            #expect(try await live.request(.POST, "/simulator/scenarios/mfa-push-bombing", auth: nil).status == 401)
            await #expect(throws: SimulatorAdminClient.Failure.self) {
                _ = try await SimulatorAdminClient.trigger(orgURL: live.url, apiToken: "wrong", scenario: "mfa-push-bombing")
            }
            let list = try await live.request("/simulator/scenarios")
            #expect(list.array.count == AttackScenario.all.count)
        }
    }

    @Test("--scenario-every plays scenarios by itself")
    func periodic() async throws {
        try await LiveServer.with(configure: {
            $0.scenarioEvery = 0.3
            $0.timeCompression = 600
        }) { live in
            let played = try await eventually(10) { await live.server.emittedEvents().contains { $0.label.hasPrefix("scenario:") } }
            #expect(played)
        }
    }
}
