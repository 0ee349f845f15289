/// A device a user signs in from, with the stable fingerprints Okta derives from it.
public final class OrgDevice: Sendable {
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

    public init(id: String, name: String, userAgent: UserAgent, dtHash: String, fingerprint: String, managed: Bool, registered: Bool) {
        self.id = id
        self.name = name
        self.userAgent = userAgent
        self.dtHash = dtHash
        self.fingerprint = fingerprint
        self.managed = managed
        self.registered = registered
    }
}

// A class for the same reason as `City`. A device is identified by its id.
extension OrgDevice: Hashable {
    public static func == (a: OrgDevice, b: OrgDevice) -> Bool { a === b || a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
