import Hummingbird

/// An error of the OAuth 2.0 token endpoint, in RFC 6749's shape (`error`, `error_description`) as Okta answers.
struct OAuthError: Error, Sendable {
    let status: HTTPResponse.Status
    let error: String
    let description: String

    static func invalidClient(_ description: String) -> OAuthError { OAuthError(status: .unauthorized, error: "invalid_client", description: description) }
    static func invalidRequest(_ description: String) -> OAuthError { OAuthError(status: .badRequest, error: "invalid_request", description: description) }
    static func invalidScope(_ description: String) -> OAuthError { OAuthError(status: .badRequest, error: "invalid_scope", description: description) }

    func response() -> Response {
        struct Body: Encodable {
            let error: String
            let error_description: String
        }
        return JSONBody.response(Body(error: error, error_description: description), status: status)
    }
}
