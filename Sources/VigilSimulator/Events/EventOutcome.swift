/// `outcome`: the result and, for failures, Okta's reason.
public struct EventOutcome: Sendable, Hashable {
    public var result: String
    public var reason: String?

    public init(_ result: String, reason: String? = nil) {
        self.result = result
        self.reason = reason
    }

    public static let success = EventOutcome("SUCCESS")
    public static let allow = EventOutcome("ALLOW")
    public static let invalidCredentials = EventOutcome("FAILURE", reason: "INVALID_CREDENTIALS")

    public var isFailure: Bool { result == "FAILURE" || result == "DENY" }
}
