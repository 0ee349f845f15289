/// A policy (`00p…`) and its rules.
public struct OrgPolicy: Sendable {
    /// Policy types the simulator's events reference.
    public enum Kind: String, Sendable {
        case signOn = "OKTA_SIGN_ON"
        case access = "ACCESS_POLICY"
        case password = "PASSWORD"
        case mfaEnroll = "MFA_ENROLL"
    }

    /// A rule (`0pr…`) and how many factors it asks for.
    public struct Rule: Sendable, Hashable {
        public let id: String
        public let name: String
        public let factorMode: String
    }

    public let id: String
    public let name: String
    public let kind: Kind
    public let rules: [Rule]
}
