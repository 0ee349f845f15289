import Foundation
import Hummingbird
import VigilStore

/// One REST API operation: how it is routed, who may call it, and how the OpenAPI document describes it.
/// Routes and document come from the same list, so they cannot drift apart.
struct APIRoute: Sendable {
    var method: HTTPRequest.Method
    /// Hummingbird and OpenAPI share the `{name}` form of path parameters.
    var path: String
    var summary: String
    var tag: String
    var role: AccountRole
    var query: [APIParameter] = []
    /// Component schema of the JSON body, if the operation takes one.
    var body: String?
    /// Component schema of the success response.
    var response: String
    /// Answers 201 Created rather than 200.
    var creates = false
    var handler: @Sendable (WebCall) async throws -> Response

    var pathParameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map { String($0.dropFirst().dropLast()) }
    }
}

/// A query parameter of an API operation.
struct APIParameter: Sendable {
    var name: String
    var description: String
    var type = "string"
}
