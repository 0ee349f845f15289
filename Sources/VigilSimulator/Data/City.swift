import Foundation

/// A place an IP address geolocates to, as Okta reports it in `geographicalContext`.
public final class City: Sendable {
    public let name: String
    public let state: String
    public let country: String
    /// ISO 3166-1 alpha-2, to pair cities with the networks that serve them.
    public let countryCode: String
    public let postalCode: String
    public let lat: Double
    public let lon: Double
    /// Standard-time offset from UTC in hours: the simulator places work hours with it (no daylight saving,
    /// which would only shift baselines by an hour).
    public let utcOffset: Int

    public init(name: String, state: String, country: String, countryCode: String, postalCode: String, lat: Double, lon: Double, utcOffset: Int) {
        self.name = name
        self.state = state
        self.country = country
        self.countryCode = countryCode
        self.postalCode = postalCode
        self.lat = lat
        self.lon = lon
        self.utcOffset = utcOffset
    }

    /// Great-circle distance in kilometres (haversine), for travel plausibility.
    public func distance(to other: City) -> Double {
        let r = 6371.0, rad = Double.pi / 180
        let dLat = (other.lat - lat) * rad, dLon = (other.lon - lon) * rad
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat * rad) * cos(other.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, a.squareRoot()))
    }
}

// A class, not a struct: every event carries its city, and sharing one instance spares copying six strings per event.
// Two cities are the same city when they have the same name in the same country.
extension City: Hashable {
    public static func == (a: City, b: City) -> Bool { a === b || a.name == b.name && a.countryCode == b.countryCode }
    public func hash(into hasher: inout Hasher) { hasher.combine(name); hasher.combine(countryCode) }
}
