import Foundation
import Hummingbird

extension WebApplication {
    var integrationRoutes: [APIRoute] {
        [
            APIRoute(method: .get, path: "/api/v1/integrations", summary: "Okta integrations and the health of each ingestion path",
                     tag: "integrations", role: .viewer, response: "IntegrationList") { _ in
                .json(IntegrationList(integrations: try await directory().integrations()))
            },
            APIRoute(method: .post, path: "/api/v1/integrations/{id}/validate", summary: "Check the connection to Okta now",
                     tag: "integrations", role: .analyst, response: "IntegrationValidation") { call in
                .json(try await validateIntegration(call.parameter("id"), call))
            },
            APIRoute(method: .get, path: "/api/v1/integrations/{id}/setup",
                     summary: "Setup values for Okta Event Hooks and Log Streaming to EventBridge", tag: "integrations",
                     role: .viewer, response: "IntegrationSetup") { call in
                .json(try await integrationSetup(call.parameter("id")))
            },
        ]
    }

    struct IntegrationList: Codable { var integrations: [IntegrationStatus] }

    func directory() throws -> any IntegrationDirectory {
        guard let integrations else { throw WebError(.serviceUnavailable, "integrations are not configured on this server") }
        return integrations
    }

    func validateIntegration(_ id: String, _ call: WebCall) async throws -> IntegrationValidation {
        guard let result = try await directory().validate(integrationId: id) else { throw WebError.notFound("no integration '\(id)'") }
        try call.audit(store, "integration.validate", target: "integration:\(id)", detail: result.ok ? "ok" : "failed")
        return result
    }

    func integrationSetup(_ id: String) async throws -> IntegrationSetup {
        guard let setup = try await directory().setup(integrationId: id) else { throw WebError.notFound("no integration '\(id)'") }
        return setup
    }
}
