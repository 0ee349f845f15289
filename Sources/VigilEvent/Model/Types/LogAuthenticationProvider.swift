/// The system that proved the actor's identity from the credentials given to it. Open: other values decode as themselves.
public struct LogAuthenticationProvider: OktaEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let activeDirectory: Self = "ACTIVE_DIRECTORY"
    public static let factorProvider: Self = "FACTOR_PROVIDER"
    public static let federation: Self = "FEDERATION"
    public static let ldap: Self = "LDAP"
    public static let okta: Self = "OKTA_AUTHENTICATION_PROVIDER"
    public static let social: Self = "SOCIAL"
}
