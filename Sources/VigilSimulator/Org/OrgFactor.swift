/// One factor a user has enrolled.
public struct OrgFactor: Sendable, Hashable {
    /// The factor id (`ost…`, `mbl…`, `fwf…` ...) and the authenticator enrollment id the System Log shows.
    public let id: String
    public let type: FactorType
    /// The device it lives on, for Okta Verify factors.
    public let deviceId: String?
}
