/// The technology of the credential used. Open: other values decode as themselves.
public struct LogCredentialType: OktaEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let assertion: Self = "ASSERTION"
    public static let certificate: Self = "CERTIFICATE"
    public static let deviceUDID: Self = "DEVICE_UDID"
    public static let email: Self = "EMAIL"
    public static let iwa: Self = "IWA"
    public static let jwt: Self = "JWT"
    public static let oauth2: Self = "OAuth 2.0"
    public static let oktaClientSession: Self = "OKTA_CLIENT_SESSION"
    public static let otp: Self = "OTP"
    public static let password: Self = "PASSWORD"
    public static let preSharedSymmetricKey: Self = "PRE_SHARED_SYMMETRIC_KEY"
    public static let sms: Self = "SMS"
}
