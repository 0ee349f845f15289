/// Okta's behaviour detection results, written into `debugData.behaviors` as Okta's Java-map string:
/// `{New Geo-Location=NEGATIVE, New Device=NEGATIVE, ...}`.
public struct Behaviors: Sendable, Hashable {
    public var newGeoLocation = false
    public var newDevice = false
    public var newIP = false
    public var newState = false
    public var newCountry = false
    public var velocity = false
    public var newCity = false

    public init() {}

    /// Nothing new: a user at home on their own device.
    public static let familiar = Behaviors()

    /// All location behaviours set for a sign-in from `city` by someone whose usual city is `home`.
    public static func relocated(from home: City, to city: City, newDevice: Bool, newIP: Bool, velocity: Bool) -> Behaviors {
        var b = Behaviors()
        b.newCity = home.name != city.name
        b.newGeoLocation = b.newCity
        b.newState = home.state != city.state
        b.newCountry = home.countryCode != city.countryCode
        b.newDevice = newDevice
        b.newIP = newIP
        b.velocity = velocity
        return b
    }

    /// `Behaviors.familiar.text`, computed once: almost every event carries it.
    public static let familiarText = Behaviors.familiar.text

    /// With `unknown`, every location behaviour positive: Okta has no history for a login it does not know.
    public func markingUnknown(_ unknown: Bool) -> Behaviors {
        guard unknown else { return self }
        var b = self
        b.newGeoLocation = true; b.newCity = true; b.newState = true; b.newCountry = true
        return b
    }

    public var anyPositive: Bool { newGeoLocation || newDevice || newIP || newState || newCountry || velocity || newCity }

    /// The `debugData.behaviors` text.
    public var text: String {
        func r(_ v: Bool) -> String { v ? "POSITIVE" : "NEGATIVE" }
        return "{New Geo-Location=\(r(newGeoLocation)), New Device=\(r(newDevice)), New IP=\(r(newIP)), New State=\(r(newState)), New Country=\(r(newCountry)), Velocity=\(r(velocity)), New City=\(r(newCity))}"
    }
}
