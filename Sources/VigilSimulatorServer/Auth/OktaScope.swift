/// The OAuth 2.0 scopes of Okta's management API that the simulated org enforces. A `.manage` scope includes
/// its `.read`.
public enum OktaScope {
    public static let logsRead = "okta.logs.read"
    public static let usersRead = "okta.users.read"
    public static let usersManage = "okta.users.manage"
    public static let groupsRead = "okta.groups.read"
    public static let appsRead = "okta.apps.read"
    public static let devicesRead = "okta.devices.read"
    public static let rolesRead = "okta.roles.read"
    public static let apiTokensRead = "okta.apiTokens.read"
    public static let sessionsRead = "okta.sessions.read"
    public static let eventHooksRead = "okta.eventHooks.read"
    public static let eventHooksManage = "okta.eventHooks.manage"
    public static let logStreamsRead = "okta.logStreams.read"
    public static let logStreamsManage = "okta.logStreams.manage"

    /// Every scope a client may be granted.
    public static let all: Set<String> = [
        logsRead, usersRead, usersManage, groupsRead, "okta.groups.manage", appsRead, "okta.apps.manage", devicesRead,
        "okta.devices.manage", rolesRead, "okta.roles.manage", apiTokensRead, "okta.apiTokens.manage", sessionsRead,
        "okta.sessions.manage", eventHooksRead, eventHooksManage, logStreamsRead, logStreamsManage,
    ]
}

/// Who a request acts as: an SSWS API token (with its super admin creator's rights) or an OAuth access token
/// limited to its scopes.
public enum Principal: Sendable, Equatable {
    /// The org's API token record (`00T…`) the secret maps to.
    case apiToken(id: String)
    case accessToken(clientId: String, scopes: Set<String>)

    /// Whether the principal may use an endpoint that needs `scope`.
    public func allows(_ scope: String) -> Bool {
        switch self {
        case .apiToken:
            return true
        case .accessToken(_, let scopes):
            return scopes.contains(scope)
                || (scope.hasSuffix(".read") && scopes.contains(scope.dropLast(".read".count) + ".manage"))
        }
    }
}
