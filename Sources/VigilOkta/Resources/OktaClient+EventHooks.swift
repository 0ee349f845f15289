import Foundation
import NIOHTTP1

extension OktaClient {
    public func eventHooks() async throws -> [OktaEventHook] {
        try await get([OktaEventHook].self, "/api/v1/eventHooks")
    }

    public func eventHook(_ id: String) async throws -> OktaEventHook {
        try await get(OktaEventHook.self, "/api/v1/eventHooks/\(Self.segment(id))")
    }

    /// Registers a hook (it starts `ACTIVE` but `UNVERIFIED`; call `verifyEventHook` once the endpoint answers
    /// Okta's challenge). When the org is at Okta's limit of event hooks the error says so.
    public func createEventHook(_ hook: OktaEventHookRequest) async throws -> OktaEventHook {
        do {
            let response = try await call(.POST, url("/api/v1/eventHooks"), json: hook)
            return try response.decode(OktaEventHook.self, request: "POST /api/v1/eventHooks")
        } catch let refused as OktaAPIError where refused.isEventHookLimit {
            var error = refused
            error.summary = "the org already has the maximum number of event hooks (Okta allows 25); "
                + "delete or deactivate an unused hook, or ingest by System Log polling only"
            throw error
        }
    }

    public func activateEventHook(_ id: String) async throws -> OktaEventHook { try await hookLifecycle(id, "activate") }
    public func deactivateEventHook(_ id: String) async throws -> OktaEventHook { try await hookLifecycle(id, "deactivate") }
    /// Asks Okta to send the one-time verification challenge to the hook's endpoint.
    public func verifyEventHook(_ id: String) async throws -> OktaEventHook { try await hookLifecycle(id, "verify") }

    /// Deletes a hook (Okta requires it to be deactivated first; this does both).
    public func deleteEventHook(_ id: String) async throws {
        let hook = try await eventHook(id)
        if hook.status == "ACTIVE" { _ = try await deactivateEventHook(id) }
        try await call(OktaRequest(method: .DELETE, url: url("/api/v1/eventHooks/\(Self.segment(id))")))
    }

    private func hookLifecycle(_ id: String, _ operation: String) async throws -> OktaEventHook {
        // Activating, deactivating or verifying twice leaves the hook as once would.
        let request = OktaRequest(method: .POST, url: url("/api/v1/eventHooks/\(Self.segment(id))/lifecycle/\(operation)"), idempotent: true)
        return try await call(request).decode(OktaEventHook.self, request: request.label)
    }
}
