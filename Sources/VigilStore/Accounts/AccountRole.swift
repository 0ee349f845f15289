/// What a local account may do. Each role includes the ones below it.
public enum AccountRole: String, Sendable, CaseIterable, Comparable, Codable {
    /// Reads events, alerts, users, integrations and rules.
    case viewer
    /// Also triages alerts and refreshes user data.
    case analyst
    /// Also changes rules and integrations, and manages accounts and API tokens.
    case admin

    var rank: Int {
        switch self {
        case .viewer: 0
        case .analyst: 1
        case .admin: 2
        }
    }

    public static func < (a: AccountRole, b: AccountRole) -> Bool { a.rank < b.rank }
}
