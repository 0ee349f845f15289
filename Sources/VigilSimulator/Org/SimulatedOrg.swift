/// A whole simulated Okta org: its people and their devices, apps, admins, policies and integrations.
///
/// Everything is drawn from `seed`, so two runs with the same seed and size describe the same org down to the
/// last id; the workload and the attack scenarios read it, and the HTTP API will serve it.
public struct SimulatedOrg: Sendable {
    public let seed: UInt64
    /// The org's subdomain: `https://<subdomain>.okta.com`.
    public let subdomain: String
    /// The last characters every id of the org shares (Okta ids end in their cell's marker, like `1d6`).
    public let cell: String
    public internal(set) var users: [OrgUser]
    public internal(set) var groups: [OrgGroup]
    public internal(set) var apps: [OrgApp]
    public internal(set) var roles: [AdminRoleAssignment]
    public internal(set) var apiTokens: [OrgAPIToken]
    public internal(set) var policies: [OrgPolicy]
    public internal(set) var zones: [OrgNetworkZone]
    public internal(set) var integrations: [OrgIntegration]
    /// The headquarters' internet egress: sign-ins from it match the "Corporate Offices" zone.
    public let office: Place

    public var orgURL: String { "https://\(subdomain).okta.com" }

    /// Indices of the users holding any admin role.
    public var adminIndices: [Int] { roles.map(\.user) }

    /// The app by Okta catalog label (`Okta Admin Console`, `Slack` ...).
    public func app(labelled label: String) -> OrgApp? { apps.first { $0.label == label } }

    /// The authentication (access) policy of an app: Okta's own apps have their own, others share "Any two
    /// factors".
    public func accessPolicy(for app: OrgApp) -> OrgPolicy {
        let name = app.template.signOn == .okta ? app.label : "Any two factors"
        return policies.first { $0.kind == .access && $0.name == name } ?? policies.first { $0.kind == .access }!
    }

    /// `client.zone` for a request from `place`: the office zone's name, or Okta's literal `"null"`.
    public func zone(of place: Place) -> String {
        place.ip == office.ip ? zones.first { $0.usage == "POLICY" }?.name ?? "null" : "null"
    }

    /// The org's one global sign-on policy.
    public var signOnPolicy: OrgPolicy { policies.first { $0.kind == .signOn }! }
}
