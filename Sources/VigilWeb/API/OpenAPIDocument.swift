import Foundation
import Hummingbird

/// The OpenAPI 3 description of the REST API, built from the same route list the router serves.
struct OpenAPIDocument {
    let routes: [APIRoute]

    var dictionary: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for route in routes {
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation(route)
        }
        return [
            "openapi": "3.0.3",
            "info": ["title": "Vigil REST API", "version": "1",
                     "description": "Identity threat detection for Okta. Authenticate with 'Authorization: Bearer <API token>' "
                        + "(created by an admin under Access). Errors are JSON: {\"error\": {\"status\", \"message\", \"field\"}}."],
            "security": [["bearerAuth": [String]()], ["sessionCookie": [String]()]],
            "paths": paths,
            "components": [
                "securitySchemes": [
                    "bearerAuth": ["type": "http", "scheme": "bearer"],
                    "sessionCookie": ["type": "apiKey", "in": "cookie", "name": SessionCookie.name,
                                      "description": "Browser sessions; state-changing requests also need the X-CSRF-Token header."],
                ],
                "schemas": OpenAPISchemas.all,
            ],
        ]
    }

    private func operation(_ route: APIRoute) -> [String: Any] {
        let parameters: [[String: Any]] =
            route.pathParameters.map { ["name": $0, "in": "path", "required": true, "schema": ["type": "string"]] }
            + route.query.map { ["name": $0.name, "in": "query", "required": false, "description": $0.description, "schema": ["type": $0.type]] }
        var op: [String: Any] = [
            "operationId": operationId(route),
            "summary": route.summary,
            "tags": [route.tag],
            "description": "Requires the \(route.role.rawValue) role or higher.",
            "parameters": parameters,
            "responses": [
                route.creates ? "201" : "200":
                    ["description": "Success", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(route.response)"]]]],
                "400": Self.error("The request is malformed; the message says what to fix"),
                "401": Self.error("Not signed in, or the API token is unknown or revoked"),
                "403": Self.error("The account's role does not allow this (or a browser request lacks its CSRF token)"),
                "404": Self.error("No such object"),
            ],
        ]
        if let body = route.body {
            op["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]]
        }
        return op
    }

    private func operationId(_ route: APIRoute) -> String {
        let words = route.path.split(separator: "/").dropFirst(2).map { $0.hasPrefix("{") ? "By" + $0.dropFirst().dropLast().capitalized : $0.capitalized }
        return route.method.rawValue.lowercased() + words.joined()
    }

    private static func error(_ description: String) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
    }

    var response: Response {
        let data = (try? JSONSerialization.data(withJSONObject: dictionary, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
