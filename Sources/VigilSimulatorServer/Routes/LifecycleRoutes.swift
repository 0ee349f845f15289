import Hummingbird
import VigilSimulator

/// What a responder does to a user: `POST /api/v1/users/{id}/lifecycle/{operation}` and
/// `DELETE /api/v1/users/{id}/sessions`. Each changes the user and writes the System Log event Okta would.
struct LifecycleRoutes {
    let env: ServerEnvironment

    func register(on router: Router<BasicRequestContext>) {
        router.post("/api/v1/users/:id/lifecycle/:operation") { request, context in try await lifecycle(request, context) }
        router.delete("/api/v1/users/:id/sessions") { request, context in
            let principal = try await env.authorize(request, OktaScope.usersManage)
            _ = try await env.state.apply(.clearSessions, toUser: try context.parameters.require("id"), by: principal)
            return Response(status: .noContent)
        }
        router.get("/api/v1/sessions/:id") { request, context in
            _ = try await env.authorize(request, OktaScope.sessionsRead)
            let id = try context.parameters.require("id")
            guard let session = await env.state.session(id, baseURL: env.baseURL()) else { throw OktaError.notFound("\(id) (Session)") }
            return JSONBody.response(session)
        }
    }

    private func lifecycle(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let principal = try await env.authorize(request, OktaScope.usersManage)
        let key = try context.parameters.require("id")
        let name = try context.parameters.require("operation")
        guard let operation = UserLifecycle(rawValue: name), operation != .clearSessions else {
            throw OktaError.notFound("/api/v1/users/\(key)/lifecycle/\(name)")
        }
        let user = try await env.state.apply(operation, toUser: key, by: principal)
        if operation == .expirePassword {
            let index = try await env.state.userIndex(user.id)
            return JSONBody.response(await env.state.userResource(index, baseURL: env.baseURL()))
        }
        return JSONBody.raw(Array("{}".utf8))
    }
}

/// A session as `GET /api/v1/sessions/{id}` returns it.
struct SessionResource: Encodable, Sendable {
    struct IdP: Encodable, Sendable { let id: String, type = "OKTA" }
    let id: String
    let userId: String
    let login: String
    let createdAt: String
    let expiresAt: String
    let status = "ACTIVE"
    let lastPasswordVerification: String
    let lastFactorVerification: String
    let amr = ["pwd", "mfa"]
    let idp: IdP
    let mfaActive = true
    let _links: [String: Link]
}

extension OrgState {
    func session(_ id: String, baseURL: String) -> SessionResource? {
        guard let open = stream.openSessions(at: now).first(where: { $0.id == id }) else { return nil }
        let user = org.users[open.user]
        let started = open.expires.adding(seconds: -8 * 3600).iso8601
        return SessionResource(id: open.id, userId: user.id, login: user.login, createdAt: started, expiresAt: open.expires.iso8601,
                               lastPasswordVerification: started, lastFactorVerification: started,
                               idp: SessionResource.IdP(id: "00o" + org.cell), _links: ["self": Link(href: "\(baseURL)/api/v1/sessions/\(open.id)")])
    }
}
