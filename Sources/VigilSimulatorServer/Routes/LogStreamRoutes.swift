import Hummingbird

/// The Log Streams API for `aws_eventbridge` streams: create, list, get, activate, deactivate, delete.
struct LogStreamRoutes {
    let env: ServerEnvironment

    func register(on router: Router<BasicRequestContext>) {
        router.post("/api/v1/logStreams") { request, _ in
            let principal = try await env.authorize(request, OktaScope.logStreamsManage)
            let definition = try await JSONBody.decode(LogStream.self, from: request)
            return view(try await env.state.createLogStream(definition, by: principal))
        }
        router.get("/api/v1/logStreams") { request, _ in
            _ = try await env.authorize(request, OktaScope.logStreamsRead)
            let baseURL = env.baseURL()
            return JSONBody.response(await env.state.logStreamList().map { $0.publicView(baseURL: baseURL) })
        }
        router.get("/api/v1/logStreams/:id") { request, context in
            _ = try await env.authorize(request, OktaScope.logStreamsRead)
            return view(try await env.state.logStream(try context.parameters.require("id")))
        }
        router.delete("/api/v1/logStreams/:id") { request, context in
            let principal = try await env.authorize(request, OktaScope.logStreamsManage)
            try await env.state.deleteLogStream(try context.parameters.require("id"), by: principal)
            return Response(status: .noContent)
        }
        router.post("/api/v1/logStreams/:id/lifecycle/:operation") { request, context in
            let principal = try await env.authorize(request, OktaScope.logStreamsManage)
            let id = try context.parameters.require("id")
            switch try context.parameters.require("operation") {
            case "activate": return view(try await env.state.setLogStreamStatus(id, active: true, by: principal))
            case "deactivate": return view(try await env.state.setLogStreamStatus(id, active: false, by: principal))
            default: throw OktaError.notFound(request.uri.path)
            }
        }
    }

    private func view(_ stream: LogStream) -> Response {
        JSONBody.response(stream.publicView(baseURL: env.baseURL()))
    }
}
