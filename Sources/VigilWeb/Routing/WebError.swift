import Foundation
import Hummingbird

/// A request Vigil refuses, with what to fix. API routes answer it as JSON, pages as an HTML error page.
public struct WebError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    /// The parameter or form field at fault, if one is.
    public var field: String?

    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    static func badRequest(_ message: String, field: String? = nil) -> WebError { WebError(.badRequest, message, field: field) }
    static func notFound(_ message: String) -> WebError { WebError(.notFound, message) }

    /// The JSON body API clients get: `{"error": {"status": 400, "message": "...", "field": "..."}}`.
    var json: ErrorBody { ErrorBody(error: .init(status: Int(status.code), message: message, field: field)) }

    struct ErrorBody: Codable {
        var error: Detail
        struct Detail: Codable {
            var status: Int
            var message: String
            var field: String?
        }
    }
}
