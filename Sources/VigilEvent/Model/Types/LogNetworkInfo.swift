/// The network facts Okta attaches to an IP address, in both `securityContext` and `ipDetails`.
public protocol LogNetworkInfo: LogObject {
    /// The autonomous system number of the network.
    var asNumber: Int? { get set }
    /// The organization that runs the autonomous system.
    var asOrg: String? { get set }
    var isp: String? { get set }
    var domain: String? { get set }
}

extension LogNetworkInfo {
    /// The fields every network description models.
    static var networkFields: [LogField<Self>] {
        [
            LogField("asNumber", \.asNumber, .int),
            LogField("asOrg", \.asOrg, .string),
            LogField("isp", \.isp, .string),
            LogField("domain", \.domain, .string),
        ]
    }
}
