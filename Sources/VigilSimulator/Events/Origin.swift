/// The client side of a request: the browser, its fingerprints and where it connects from.
///
/// A real user's origin carries their own device's `dtHash`; a replayed cookie carries the victim's `dtHash`
/// with the attacker's user agent and place, which is exactly what the session-replay detection looks for.
// A class so that the many events of one sign-in share it instead of copying a dozen strings each.
public final class Origin: Sendable {
    public let userAgent: UserAgent
    public let place: Place
    public let dtHash: String?
    public let fingerprint: String?
    /// The registered Okta Verify device, written as the event's `device` block; nil writes null.
    public let device: OrgDevice?
    /// `client.zone`: the matching network zone's name, or Okta's literal `"null"`.
    public let zone: String

    public init(userAgent: UserAgent, place: Place, dtHash: String?, fingerprint: String?, device: OrgDevice?,
                zone: String = "null") {
        self.userAgent = userAgent
        self.place = place
        self.dtHash = dtHash
        self.fingerprint = fingerprint
        self.device = device
        self.zone = zone
    }

    /// A user on one of their own devices.
    public convenience init(device: OrgDevice, place: Place, zone: String = "null") {
        self.init(userAgent: device.userAgent, place: place, dtHash: device.dtHash, fingerprint: device.fingerprint,
                  device: device.registered ? device : nil, zone: zone)
    }
}
