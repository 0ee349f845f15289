import Foundation
import VigilEvent

/// Two successful sign-ins of one user further apart than anyone could travel in the time between them.
///
/// Sign-ins through an anonymizing proxy, from VPN, relay or hosting networks (whose exit points say nothing
/// about where the user is), or located only to a country are not compared: their coordinates are not the user's.
public struct ImpossibleTravel: Analytic {
    public struct Configuration: Codable, Sendable {
        public var enabled = true
        /// Above this speed, in km/h, travel is impossible (a long-haul flight is about 900).
        public var maxSpeedKmh = 1_000.0
        /// Closer than this, in km, locations are within geolocation error.
        public var minDistanceKm = 500.0
        /// How long a user's last sign-in is remembered, in hours.
        public var memoryHours = 24.0
        /// Networks whose addresses do not locate the user: VPN, private relay, secure web gateways.
        public var ignoredAsns: [String] = ["36183", "13335", "62044", "53813", "396982", "9009", "212238", "20473", "14061"]
        public var ignoreProxies = true
        public var maxUsers = 200_000
        public init() {}
    }

    struct Fix: Codable, Sendable {
        var time: Int64, lat: Double, lon: Double, place: String, origin: String, uuid: String
        /// A hash of the fields `place` and `origin` are written from (nil in state saved before it was kept).
        var words: UInt64?
    }

    public var eventTypes: Set<String> { ["user.session.start"] }
    public let descriptor = AnalyticDescriptor(
        id: "4b7f0c3e-2f6a-4d0e-9a51-6c2d8e1f7a01", name: "impossible_travel", title: "Impossible travel between sign-ins",
        tags: ["attack.initial-access", "attack.t1078.004"])
    let configuration: Configuration
    var last: KeyedState<String, Fix>

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        last = KeyedState(ttl: Int64(configuration.memoryHours * 3_600_000), cap: configuration.maxUsers)
    }

    public mutating func observe(_ event: OktaEvent, _ emit: (AnalyticFinding) -> Void) {
        // The engine routes only `user.session.start` here.
        guard event.succeeded, let user = event.userKey,
              let lat = event.double(.latitude), let lon = event.double(.longitude), event.string(.city) != nil else { return }
        if configuration.ignoreProxies, event.bool(.isProxy) == true { return }
        if let asn = event.string(.asNumber), configuration.ignoredAsns.contains(asn) { return }
        let now = event.published.millis
        // Most sign-ins come from where the user's last one did: those keep the words already written for it, and
        // only a sign-in from elsewhere writes its place and origin.
        let words = Self.wordsHash(event)
        func fix() -> Fix {
            Fix(time: now, lat: lat, lon: lon, place: event.placeText, origin: event.originText, uuid: event.uuid, words: words)
        }
        let previous = last.update(user, at: now, initial: fix()) { stored -> Fix? in
            let before = stored
            if stored.words == words {
                (stored.time, stored.lat, stored.lon, stored.uuid) = (now, lat, lon, event.uuid)
            } else {
                stored = fix()
            }
            return before.uuid == event.uuid ? nil : before
        }
        guard let previous, previous.time <= now else { return }
        let km = Self.distance(previous.lat, previous.lon, lat, lon)
        let hours = max(Double(now - previous.time) / 3_600_000, 1.0 / 60)
        let speed = km / hours
        guard km >= configuration.minDistanceKm, speed > configuration.maxSpeedKmh else { return }
        emit(AnalyticFinding(
            severity: .high, title: nil, entity: event.actorEntity, events: [previous.uuid, event.uuid],
            firstSeen: Timestamp(millis: previous.time), lastSeen: event.published, episode: previous.uuid + "→" + event.uuid,
            why: "signed in from \(event.placeText) via \(event.originText) at \(Alert.clock(event.published)), "
                + "\(Int(km.rounded())) km from \(previous.place) via \(previous.origin) at \(Alert.clock(Timestamp(millis: previous.time))): "
                + "\(Int(speed.rounded())) km/h (limit \(Int(configuration.maxSpeedKmh)))"))
    }

    /// Place and origin words are written from these fields.
    static let wordFields: [HotField] = [.city, .country, .clientIP, .asNumber, .asOrg, .isp]

    static func wordsHash(_ event: OktaEvent) -> UInt64 {
        // Each field seeds its own hash, so that a value moving from one field to another changes the result.
        wordFields.enumerated().reduce(0) { $0 &* 31 &+ event.hash($1.element, seed: UInt64($1.offset)) }
    }

    /// Great-circle distance in km.
    static func distance(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let a = pow(sin((lat2 - lat1) * r / 2), 2) + cos(lat1 * r) * cos(lat2 * r) * pow(sin((lon2 - lon1) * r / 2), 2)
        return 2 * 6_371 * asin(min(1, sqrt(a)))
    }

    public mutating func advance(to watermark: Int64, _ emit: (AnalyticFinding) -> Void) { last.sweep(now: watermark) }
    public mutating func resetWindows() { last.removeAll() }
    public var stateSize: Int { last.count }
    public func snapshot() throws -> Data { try encode(last) }
    public mutating func restore(_ data: Data) throws { last = try decode(KeyedState<String, Fix>.self, data) }
}
