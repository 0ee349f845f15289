/// Failures that are not an error answer from Okta: the network, the configuration, or a body Vigil cannot read.
public enum OktaClientError: Error, Sendable, CustomStringConvertible {
    /// Okta could not be reached (or kept failing) after every attempt.
    case unreachable(request: String, attempts: Int, reason: String)
    /// A 2xx answer whose body is not what the API documents.
    case unexpectedBody(request: String, reason: String)
    /// The credential cannot be used as configured (a key that does not parse, no secret given).
    case invalidCredential(String)
    /// A URL that does not belong to the org (a `next` link pointing elsewhere, a malformed org URL).
    case invalidURL(String)

    public var description: String {
        switch self {
        case .unreachable(let request, let attempts, let reason):
            "could not complete \(request) after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(reason)"
        case .unexpectedBody(let request, let reason): "unexpected response body from \(request): \(reason)"
        case .invalidCredential(let reason): "invalid Okta credential: \(reason)"
        case .invalidURL(let reason): "invalid URL: \(reason)"
        }
    }
}
