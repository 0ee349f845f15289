import Hummingbird
import VigilSimulator

/// The simulator's own admin API (not Okta's), behind the same SSWS token: list and trigger attack scenarios.
struct SimulatorRoutes {
    let env: ServerEnvironment

    private struct ScenarioInfo: Encodable {
        let name: String
        let summary: String
        let expectedDetections: [String]
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/simulator/scenarios") { request, _ in
            try await requireAPIToken(request)
            return JSONBody.response(AttackScenario.all.map {
                ScenarioInfo(name: $0.name, summary: $0.summary, expectedDetections: $0.expectedDetections)
            })
        }
        router.post("/simulator/scenarios/:name") { request, context in
            try await requireAPIToken(request)
            return JSONBody.response(try await env.state.trigger(scenario: try context.parameters.require("name")), status: .created)
        }
    }

    /// Only SSWS tokens (the org's operator) may drive the simulator; OAuth clients are Okta API clients.
    private func requireAPIToken(_ request: Request) async throws {
        guard case .apiToken = try await env.authorize(request, OktaScope.logsRead) else {
            throw OktaError.forbidden()
        }
    }
}
