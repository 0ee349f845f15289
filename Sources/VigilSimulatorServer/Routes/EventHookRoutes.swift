import Hummingbird

/// The Event Hooks API: create, list, get, update, delete, activate, deactivate, verify.
struct EventHookRoutes {
    let env: ServerEnvironment

    func register(on router: Router<BasicRequestContext>) {
        router.post("/api/v1/eventHooks") { request, _ in
            let principal = try await env.authorize(request, OktaScope.eventHooksManage)
            let definition = try await JSONBody.decode(EventHook.self, from: request)
            return view(try await env.state.createHook(definition, by: principal))
        }
        router.get("/api/v1/eventHooks") { request, _ in
            _ = try await env.authorize(request, OktaScope.eventHooksRead)
            let baseURL = env.baseURL()
            return JSONBody.response(await env.state.eventHooks().map { $0.publicView(baseURL: baseURL) })
        }
        router.get("/api/v1/eventHooks/:id") { request, context in
            _ = try await env.authorize(request, OktaScope.eventHooksRead)
            return view(try await env.state.eventHook(try context.parameters.require("id")))
        }
        router.put("/api/v1/eventHooks/:id") { request, context in
            let principal = try await env.authorize(request, OktaScope.eventHooksManage)
            let definition = try await JSONBody.decode(EventHook.self, from: request)
            return view(try await env.state.updateHook(try context.parameters.require("id"), with: definition, by: principal))
        }
        router.delete("/api/v1/eventHooks/:id") { request, context in
            let principal = try await env.authorize(request, OktaScope.eventHooksManage)
            try await env.state.deleteHook(try context.parameters.require("id"), by: principal)
            return Response(status: .noContent)
        }
        router.post("/api/v1/eventHooks/:id/lifecycle/:operation") { request, context in
            let principal = try await env.authorize(request, OktaScope.eventHooksManage)
            let id = try context.parameters.require("id")
            switch try context.parameters.require("operation") {
            case "activate": return view(try await env.state.setHookStatus(id, active: true, by: principal))
            case "deactivate": return view(try await env.state.setHookStatus(id, active: false, by: principal))
            case "verify": return view(try await verify(id, by: principal))
            default: throw OktaError.notFound(request.uri.path)
            }
        }
    }

    /// Sends the one-time verification request; the hook is verified only if its endpoint echoes the challenge.
    // Swift 6.3's optimizer crashes (signal 11, splitting this coroutine) on this function in release builds;
    // it is called once per hook verification, so it loses nothing by not being optimised.
    @_optimize(none)
    private func verify(_ id: String, by principal: Principal) async throws -> EventHook {
        let hook = try await env.state.eventHook(id)
        if let failure = await env.hookClient.verify(hook) {
            throw OktaError(.badRequest, "E0000001", "Api validation failed: eventHook",
                            causes: ["Verification of the event hook endpoint failed: \(failure)"])
        }
        return try await env.state.markVerified(id, by: principal)
    }

    private func view(_ hook: EventHook) -> Response {
        JSONBody.response(hook.publicView(baseURL: env.baseURL()))
    }
}
