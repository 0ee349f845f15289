import Foundation

/// An AWS access key pair, with the session token of temporary credentials. Its `description` never shows the
/// secret or the token, so credentials can sit in logged structures without leaking.
public struct AWSCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (optional), as the AWS CLI and
    /// SDKs do, or variables of other names (one set per integration). Returns nil when either key is missing or
    /// empty.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment,
                                       accessKeyIDVariable: String = "AWS_ACCESS_KEY_ID",
                                       secretAccessKeyVariable: String = "AWS_SECRET_ACCESS_KEY",
                                       sessionTokenVariable: String = "AWS_SESSION_TOKEN") -> AWSCredentials? {
        guard let id = environment[accessKeyIDVariable], !id.isEmpty,
              let secret = environment[secretAccessKeyVariable], !secret.isEmpty else { return nil }
        let token = environment[sessionTokenVariable].flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyID: id, secretAccessKey: secret, sessionToken: token)
    }

    /// The key id is not secret (it appears in every request's Authorization header); the rest is redacted.
    public var description: String {
        "AWSCredentials(accessKeyID: \(accessKeyID), secretAccessKey: <redacted>\(sessionToken == nil ? "" : ", sessionToken: <redacted>"))"
    }

    public var debugDescription: String { description }
}
