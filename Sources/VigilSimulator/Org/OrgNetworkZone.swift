/// A network zone (`nzo…`): the office ranges sign-on policies trust, or a blocklist.
public struct OrgNetworkZone: Sendable, Hashable {
    public let id: String
    public let name: String
    /// `IP` or `DYNAMIC`.
    public let type: String
    /// `POLICY` or `BLOCKLIST`.
    public let usage: String
    public let gateways: [String]
}
