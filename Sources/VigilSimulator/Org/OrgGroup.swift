/// An Okta group (`00g…`).
public struct OrgGroup: Sendable, Hashable {
    public let id: String
    public let name: String
}
