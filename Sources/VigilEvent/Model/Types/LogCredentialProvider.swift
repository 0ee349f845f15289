/// The service that manages the credential used. Open: other values decode as themselves.
public struct LogCredentialProvider: OktaEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let duo: Self = "DUO"
    public static let google: Self = "GOOGLE"
    public static let oktaAuthenticationProvider: Self = "OKTA_AUTHENTICATION_PROVIDER"
    public static let oktaCredentialProvider: Self = "OKTA_CREDENTIAL_PROVIDER"
    public static let rsa: Self = "RSA"
    public static let symantec: Self = "SYMANTEC"
    public static let yubikey: Self = "YUBIKEY"
}
