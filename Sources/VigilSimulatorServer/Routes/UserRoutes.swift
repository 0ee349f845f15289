import Hummingbird
import VigilEvent
import VigilSimulator

/// Users: list (with `filter`, `search`, `q`), get by id or login, and a user's factors, roles, groups and devices.
struct UserRoutes {
    let env: ServerEnvironment

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/v1/users") { request, _ in try await list(request) }
        router.get("/api/v1/users/:id") { request, context in try await get(request, context) }
        router.get("/api/v1/users/:id/factors") { request, context in try await factors(request, context) }
        router.get("/api/v1/users/:id/roles") { request, context in try await roles(request, context) }
        router.get("/api/v1/users/:id/groups") { request, context in try await groups(request, context) }
        router.get("/api/v1/users/:id/devices") { request, context in try await devices(request, context) }
    }

    private func list(_ request: Request) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.usersRead)
        let parameters = request.uri.queryParameters
        var filters: [SCIMFilter] = []
        for name in ["filter", "search"] {
            guard let text = parameters.get(name) else { continue }
            do throws(SCIMFilterError) {
                filters.append(try SCIMFilter(parsing: text))
            } catch {
                throw OktaError.validation("\(name): Invalid search criteria '\(text)': \(error.reason)")
            }
        }
        let prefix = parameters.get("q")?.lowercased()
        let baseURL = env.baseURL()
        // Like Okta, a plain list leaves out deactivated users; a filter or search can ask for them.
        var users = await env.state.users(matching: filters, prefix: prefix, baseURL: baseURL)
        if filters.isEmpty { users.removeAll { $0.status == UserStatus.deprovisioned.rawValue } }
        let (page, headers) = try ListPaging.standard.page(users, id: \.id, request: request, baseURL: baseURL)
        return JSONBody.response(page, headers: headers)
    }

    private func get(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.usersRead)
        let key = try context.parameters.require("id")
        let state = env.state
        let index = try await state.userIndex(key)
        return JSONBody.response(await state.userResource(index, baseURL: env.baseURL()))
    }

    private func factors(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.usersRead)
        let user = try await env.state.user(try context.parameters.require("id"))
        let created = await env.state.dates(ofUser: try await env.state.userIndex(user.id)).created
        let baseURL = env.baseURL()
        return JSONBody.response(user.factors.map { FactorResource($0, user: user, created: created, baseURL: baseURL) })
    }

    private func roles(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.rolesRead)
        let key = try context.parameters.require("id")
        let roles = try await env.state.roles(ofUser: key)
        let baseURL = env.baseURL()
        return JSONBody.response(roles.map { RoleResource($0.assignment, user: $0.user, created: $0.created, baseURL: baseURL) })
    }

    private func groups(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.usersRead)
        let user = try await env.state.user(try context.parameters.require("id"))
        let org = await env.state.org
        let start = env.state.clock.start
        let baseURL = env.baseURL()
        return JSONBody.response(user.groups.map { GroupResource(org.groups[$0], builtIn: $0 == org.groups.count - 1, start: start, baseURL: baseURL) })
    }

    private func devices(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.usersRead)
        let user = try await env.state.user(try context.parameters.require("id"))
        let start = env.state.clock.start
        let baseURL = env.baseURL()
        return JSONBody.response(user.devices.filter(\.registered).map {
            UserDeviceResource(device: DeviceResource($0, start: start, baseURL: baseURL), created: start.iso8601)
        })
    }
}

extension OrgState {
    func user(_ key: String) throws(OktaError) -> OrgUser { org.users[try userIndex(key)] }

    /// Users passing every filter and, with `prefix`, whose first name, last name or email starts with it.
    func users(matching filters: [SCIMFilter], prefix: String?, baseURL: String) -> [UserResource] {
        org.users.indices.compactMap { index -> UserResource? in
            let resource = userResource(index, baseURL: baseURL)
            let p = resource.profile
            if let prefix, ![p.firstName, p.lastName, p.email].contains(where: { $0.lowercased().hasPrefix(prefix) }) { return nil }
            let values: (String) -> [String] = { path in
                switch path {
                case "id": [resource.id]
                case "status": [resource.status]
                case "created": [resource.created]
                case "lastUpdated": [resource.lastUpdated]
                case "statusChanged": resource.statusChanged.map { [$0] } ?? []
                case "type.id": [resource.type.id]
                case "profile.login": [p.login]
                case "profile.email": [p.email]
                case "profile.firstName": [p.firstName]
                case "profile.lastName": [p.lastName]
                case "profile.department": [p.department]
                case "profile.city": [p.city]
                case "profile.countryCode": [p.countryCode]
                default: []
                }
            }
            return filters.allSatisfy { $0.matches(values) } ? resource : nil
        }
    }

    /// The admin roles held by a user.
    func roles(ofUser key: String) throws(OktaError) -> [(assignment: AdminRoleAssignment, user: OrgUser, created: Timestamp)] {
        let index = try userIndex(key)
        return org.roles.filter { $0.user == index }.map { ($0, org.users[index], dates(ofUser: index).created.adding(seconds: 86_400 * 2)) }
    }
}
