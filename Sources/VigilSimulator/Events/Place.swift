/// Where a request comes from: an address, the network announcing it and the city it geolocates to.
public struct Place: Sendable, Hashable {
    public var ip: String
    public var city: City
    public var network: Network

    public init(ip: String, city: City, network: Network) {
        self.ip = ip
        self.city = city
        self.network = network
    }
}
