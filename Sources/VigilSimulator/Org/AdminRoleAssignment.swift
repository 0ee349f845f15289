/// A standard admin role given to a user.
public struct AdminRoleAssignment: Sendable, Hashable {
    /// Okta's standard role types.
    public enum Role: String, Sendable, CaseIterable {
        case superAdmin = "SUPER_ADMIN"
        case orgAdmin = "ORG_ADMIN"
        case appAdmin = "APP_ADMIN"
        case userAdmin = "USER_ADMIN"
        case helpDeskAdmin = "HELP_DESK_ADMIN"
        case readOnlyAdmin = "READ_ONLY_ADMIN"

        /// The label the Admin Console and `privilegeGranted` use.
        public var label: String {
            switch self {
            case .superAdmin: "Super Administrator"
            case .orgAdmin: "Organization Administrator"
            case .appAdmin: "Application Administrator"
            case .userAdmin: "Group Administrator"
            case .helpDeskAdmin: "Help Desk Administrator"
            case .readOnlyAdmin: "Read Only Administrator"
            }
        }
    }

    /// `ra1…`: the role assignment id.
    public let id: String
    public let user: Int
    public let role: Role
}
