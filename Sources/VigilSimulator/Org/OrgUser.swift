/// A person in the simulated org, with what makes their behaviour baseline: where they live, which network they
/// use at home, which devices they own and when they work.
public struct OrgUser: Sendable {
    public let id: String
    public let login: String
    public let firstName: String
    public let lastName: String
    public var status: UserStatus
    public let department: Int
    public let home: City
    public let homeNetwork: Network
    /// The home broadband address most of their sign-ins come from.
    public let homeIP: String
    public var devices: [OrgDevice]
    public var factors: [OrgFactor]
    public let schedule: WorkSchedule
    /// Indices into the org's groups and apps.
    public var groups: [Int]
    public var apps: [Int]

    public var displayName: String { firstName + " " + lastName }

    /// The factor the user answers MFA with by preference: Okta Verify push when they have it.
    public var preferredFactor: OrgFactor? {
        factors.first { $0.type == .push } ?? factors.first { $0.type == .signedNonce } ?? factors.first
    }
}
