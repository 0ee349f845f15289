import Foundation

extension OktaClient {
    /// Users matching `search` (e.g. `lastUpdated gt "2026-11-20T00:00:00.000Z"`, which also finds deprovisioned
    /// users) or `filter`; all users when both are nil. 200 per page, Okta's maximum.
    public func users(search: String? = nil, filter: String? = nil) async throws -> [OktaUser] {
        try await listAll(OktaUser.self, at: url("/api/v1/users", [("search", search), ("filter", filter), ("limit", "200")]))
    }

    /// Users changed since `date` (for incremental inventory sync).
    public func usersUpdated(since date: Date) async throws -> [OktaUser] {
        try await users(search: #"lastUpdated gt "\#(Self.iso8601(date))""#)
    }

    public func user(_ idOrLogin: String) async throws -> OktaUser {
        try await get(OktaUser.self, "/api/v1/users/\(Self.segment(idOrLogin))")
    }

    public func factors(ofUser userID: String) async throws -> [OktaFactor] {
        try await get([OktaFactor].self, "/api/v1/users/\(Self.segment(userID))/factors")
    }

    public func roles(ofUser userID: String) async throws -> [OktaRoleAssignment] {
        try await listAll(OktaRoleAssignment.self, at: url("/api/v1/users/\(Self.segment(userID))/roles"))
    }

    public func groups(search: String? = nil) async throws -> [OktaGroup] {
        try await listAll(OktaGroup.self, at: url("/api/v1/groups", [("search", search), ("limit", "1000")]))
    }

    public func apps(filter: String? = nil) async throws -> [OktaApp] {
        try await listAll(OktaApp.self, at: url("/api/v1/apps", [("filter", filter), ("limit", "200")]))
    }

    public func devices(search: String? = nil) async throws -> [OktaDevice] {
        try await listAll(OktaDevice.self, at: url("/api/v1/devices", [("search", search), ("limit", "200")]))
    }

    public func apiTokens() async throws -> [OktaAPIToken] {
        try await listAll(OktaAPIToken.self, at: url("/api/v1/api-tokens"))
    }

    public func logStreams() async throws -> [OktaLogStream] {
        try await listAll(OktaLogStream.self, at: url("/api/v1/logStreams"))
    }

    public func logStream(_ id: String) async throws -> OktaLogStream {
        try await get(OktaLogStream.self, "/api/v1/logStreams/\(Self.segment(id))")
    }
}
