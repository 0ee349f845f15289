/// A device a user signs in from, with the stable fingerprints Okta derives from it.
public struct OrgDevice: Sendable, Hashable {
    /// `guo…`: the Okta device id, present for devices registered with Okta Verify.
    public let id: String
    /// The model Okta Verify reports (`Mac15,6`, `iPhone15,2`).
    public let name: String
    public let userAgent: UserAgent
    /// `debugData.dtHash`: stable for the browser on this device, which is why a replayed session cookie carries
    /// the victim's value from an attacker's machine.
    public let dtHash: String
    /// `debugData.deviceFingerprint`.
    public let fingerprint: String
    public let managed: Bool
    public let registered: Bool
}
