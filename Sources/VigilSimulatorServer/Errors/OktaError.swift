import Foundation
import HTTPTypes
import Hummingbird

/// An error answered in Okta's error JSON (`errorCode`, `errorSummary`, `errorLink`, `errorId`, `errorCauses`)
/// with Okta's codes, so clients exercise the same error handling they need against a real org.
public struct OktaError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let summary: String
    public let causes: [String]
    /// Headers the response carries besides the rate-limit ones (`WWW-Authenticate`).
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ code: String, _ summary: String, causes: [String] = []) {
        self.status = status
        self.code = code
        self.summary = summary
        self.causes = causes
    }

    /// 400 E0000001: a parameter or body failed validation; `causes` say which and why.
    public static func validation(_ causes: String...) -> OktaError {
        let subject = causes.first.map { cause in String(cause.prefix { $0 != ":" }) } ?? "request"
        return OktaError(.badRequest, "E0000001", "Api validation failed: " + subject, causes: causes)
    }

    /// 401 E0000011: missing, malformed, unknown or expired credentials.
    public static let invalidToken = OktaError(.unauthorized, "E0000011", "Invalid token provided")

    /// 403 E0000006: the credentials lack the scope (or role) the endpoint needs.
    public static func forbidden(scope: String? = nil) -> OktaError {
        var error = OktaError(.forbidden, "E0000006", "You do not have permission to perform the requested action")
        if let scope {
            error.headers[.wwwAuthenticate] = "Bearer authorization_uri=\"\", realm=\"IdpApi\", scope=\"\(scope)\", " +
                "error=\"insufficient_scope\", error_description=\"The access token provided does not contain the required scopes.\""
        }
        return error
    }

    /// 404 E0000007: no such resource.
    public static func notFound(_ what: String) -> OktaError {
        OktaError(.notFound, "E0000007", "Not found: Resource not found: \(what)")
    }

    /// 429 E0000047: over the rate limit or the concurrency limit.
    public static let rateLimited = OktaError(.tooManyRequests, "E0000047", "API call exceeded rate limit due to too many requests.")

    /// 500 E0000009: an internal failure (the cause is logged, not returned).
    public static let internalError = OktaError(.internalServerError, "E0000009", "Internal Server Error")

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response()
    }

    /// The error as Okta writes it, with a fresh `errorId` as Okta gives every error.
    public func response() -> Response {
        struct Body: Encodable {
            struct Cause: Encodable { let errorSummary: String }
            let errorCode: String, errorSummary: String, errorLink: String, errorId: String, errorCauses: [Cause]
        }
        let body = Body(errorCode: code, errorSummary: summary, errorLink: code,
                        errorId: "oae" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(22),
                        errorCauses: causes.map { Body.Cause(errorSummary: $0) })
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: JSONBody.encode(body))))
    }
}
