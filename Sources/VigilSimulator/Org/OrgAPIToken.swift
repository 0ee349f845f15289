/// An SSWS API token (`00T…`), which acts with its creator's privileges.
public struct OrgAPIToken: Sendable, Hashable {
    public let id: String
    public let name: String
    /// Index of the admin who created it.
    public let owner: Int
}
