/// An MFA factor type as the Factors API names it, with how the System Log shows its verification.
public enum FactorType: String, Sendable, CaseIterable {
    case push = "push"
    case totp = "token:software:totp"
    case sms = "sms"
    case webauthn = "webauthn"
    case signedNonce = "signed_nonce"
    case email = "email"

    /// The authenticator's name in `target[].displayName` of an `AuthenticatorEnrollment`.
    public var authenticatorName: String {
        switch self {
        case .push, .signedNonce: "Okta Verify"
        case .totp: "Google Authenticator"
        case .sms: "Phone"
        case .webauthn: "Security Key or Biometric"
        case .email: "Email"
        }
    }

    /// `authenticationContext.credentialType` of a verification with this factor.
    public var credentialType: String {
        switch self {
        case .push: "OKTA_VERIFY_PUSH"
        case .signedNonce: "SIGNED_NONCE"
        case .totp: "OTP"
        case .sms: "SMS"
        case .webauthn: "WEBAUTHN"
        case .email: "EMAIL"
        }
    }

    /// `authenticationContext.credentialProvider`.
    public var credentialProvider: String {
        switch self {
        case .push, .signedNonce: "OKTA_CREDENTIAL_PROVIDER"
        case .totp: "GOOGLE_OTP"
        case .sms: "SMS"
        case .webauthn: "FIDO"
        case .email: "OKTA_CREDENTIAL_PROVIDER"
        }
    }

    /// The Factors API `provider`.
    public var provider: String {
        switch self {
        case .totp: "GOOGLE"
        case .webauthn: "FIDO"
        default: "OKTA"
        }
    }
}
