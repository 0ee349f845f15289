/// An autonomous system as Okta reports it in `securityContext`, and the address blocks the simulator draws
/// IPs from.
public final class Network: Sendable {
    /// What kind of network: detections weigh a login from a hosting provider or an anonymizer very
    /// differently from one from a home broadband line.
    public enum Kind: String, Sendable {
        case residential, mobile, hosting, anonymizer
    }

    public let asNumber: Int
    public let asOrg: String
    public let isp: String
    public let domain: String
    public let kind: Kind
    /// ISO 3166-1 alpha-2 of the country the network serves; hosting networks serve data-centre cities anywhere.
    public let countryCode: String
    /// The first two octets of the IPv4 blocks addresses are drawn from.
    public let prefixes: [UInt16]

    public init(asNumber: Int, asOrg: String, isp: String, domain: String, kind: Kind, countryCode: String, prefixes: [UInt16]) {
        self.asNumber = asNumber
        self.asOrg = asOrg
        self.isp = isp
        self.domain = domain
        self.kind = kind
        self.countryCode = countryCode
        self.prefixes = prefixes
    }

    /// True where Okta would flag the address as a proxy (anonymizers, Tor, open proxies).
    public var isProxy: Bool { kind == .anonymizer }

    /// A deterministic address inside one of the network's blocks.
    public func address(_ random: inout SeededRandom) -> String {
        let prefix = random.pick(prefixes)
        return "\(prefix >> 8).\(prefix & 0xFF).\(random.int(0...255)).\(random.int(1...254))"
    }
}

// A class for the same reason as `City`. A network is identified by its AS number.
extension Network: Hashable {
    public static func == (a: Network, b: Network) -> Bool { a === b || a.asNumber == b.asNumber }
    public func hash(into hasher: inout Hasher) { hasher.combine(asNumber) }
}
