import Hummingbird
import VigilEvent
import VigilSimulator

/// Groups, apps, devices and API tokens: paged lists and single gets.
struct DirectoryRoutes {
    let env: ServerEnvironment

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/v1/groups") { request, _ in try await list(request, OktaScope.groupsRead) { org, start, url in
            org.groups.indices.map { GroupResource(org.groups[$0], builtIn: $0 == org.groups.count - 1, start: start, baseURL: url) }
        } }
        router.get("/api/v1/groups/:id") { request, context in try await one(request, context, OktaScope.groupsRead, "Group") { org, start, url in
            org.groups.indices.map { GroupResource(org.groups[$0], builtIn: $0 == org.groups.count - 1, start: start, baseURL: url) }
        } }
        router.get("/api/v1/groups/:id/users") { request, context in try await groupMembers(request, context) }
        router.get("/api/v1/apps") { request, _ in try await list(request, OktaScope.appsRead) { org, start, url in
            org.apps.map { AppResource($0, start: start, baseURL: url) }
        } }
        router.get("/api/v1/apps/:id") { request, context in try await one(request, context, OktaScope.appsRead, "AppInstance") { org, start, url in
            org.apps.map { AppResource($0, start: start, baseURL: url) }
        } }
        router.get("/api/v1/devices") { request, _ in try await list(request, OktaScope.devicesRead) { org, start, url in
            org.users.flatMap(\.devices).filter(\.registered).map { DeviceResource($0, start: start, baseURL: url) }
        } }
        router.get("/api/v1/devices/:id") { request, context in try await one(request, context, OktaScope.devicesRead, "Device") { org, start, url in
            org.users.flatMap(\.devices).filter(\.registered).map { DeviceResource($0, start: start, baseURL: url) }
        } }
        router.get("/api/v1/api-tokens") { request, _ in try await list(request, OktaScope.apiTokensRead) { org, start, url in
            org.apiTokens.map { APITokenResource($0, owner: org.users[$0.owner], now: start, baseURL: url) }
        } }
        router.get("/api/v1/api-tokens/:id") { request, context in try await one(request, context, OktaScope.apiTokensRead, "ApiToken") { org, start, url in
            org.apiTokens.map { APITokenResource($0, owner: org.users[$0.owner], now: start, baseURL: url) }
        } }
    }

    private typealias Render<R> = @Sendable (SimulatedOrg, Timestamp, String) -> [R]

    private func list<R: Encodable & Identified>(_ request: Request, _ scope: String, _ render: Render<R>) async throws -> Response {
        _ = try await env.authorize(request, scope)
        let baseURL = env.baseURL()
        let items = render(await env.state.org, env.state.clock.start, baseURL)
        let (page, headers) = try ListPaging.standard.page(items, id: \.id, request: request, baseURL: baseURL)
        return JSONBody.response(page, headers: headers)
    }

    private func one<R: Encodable & Identified>(_ request: Request, _ context: BasicRequestContext, _ scope: String, _ kind: String,
                                                _ render: Render<R>) async throws -> Response {
        _ = try await env.authorize(request, scope)
        let id = try context.parameters.require("id")
        let items = render(await env.state.org, env.state.clock.start, env.baseURL())
        guard let item = items.first(where: { $0.id == id }) else { throw OktaError.notFound("\(id) (\(kind))") }
        return JSONBody.response(item)
    }

    private func groupMembers(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.groupsRead)
        let id = try context.parameters.require("id")
        let org = await env.state.org
        guard let group = org.groups.firstIndex(where: { $0.id == id }) else { throw OktaError.notFound("\(id) (Group)") }
        let baseURL = env.baseURL()
        var members: [UserResource] = []
        for index in org.users.indices where org.users[index].groups.contains(group) {
            members.append(await env.state.userResource(index, baseURL: baseURL))
        }
        let (page, headers) = try ListPaging.standard.page(members, id: \.id, request: request, baseURL: baseURL)
        return JSONBody.response(page, headers: headers)
    }
}

/// A resource with an Okta id, for paging and lookup.
protocol Identified {
    var id: String { get }
}

extension GroupResource: Identified {}
extension AppResource: Identified {}
extension DeviceResource: Identified {}
extension APITokenResource: Identified {}
extension UserResource: Identified {}
