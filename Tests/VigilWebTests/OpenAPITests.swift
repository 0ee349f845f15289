import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

@Suite("REST API: the OpenAPI document")
struct OpenAPITests {
    /// Every operation these tests exercise; each must be in the document.
    static let exercised: [(String, String)] = [
        ("get", "/api/v1/events"), ("get", "/api/v1/events/{uuid}"),
        ("get", "/api/v1/alerts"), ("get", "/api/v1/alerts/{id}"), ("patch", "/api/v1/alerts/{id}"),
        ("get", "/api/v1/users/{id}"), ("get", "/api/v1/users/{id}/activity"), ("get", "/api/v1/users/{id}/sessions"),
        ("get", "/api/v1/users/{id}/devices"), ("get", "/api/v1/users/{id}/alerts"), ("post", "/api/v1/users/{id}/refresh"),
        ("get", "/api/v1/integrations"), ("post", "/api/v1/integrations/{id}/validate"), ("get", "/api/v1/integrations/{id}/setup"),
        ("get", "/api/v1/rules"), ("get", "/api/v1/rules/{id}"), ("patch", "/api/v1/rules/{id}"), ("post", "/api/v1/rules/{id}/test"),
        ("get", "/api/v1/me"), ("get", "/api/v1/accounts"), ("post", "/api/v1/accounts"),
        ("get", "/api/v1/tokens"), ("post", "/api/v1/tokens"), ("delete", "/api/v1/tokens/{id}"), ("get", "/api/v1/audit"),
        ("post", "/api/v1/me/password"), ("patch", "/api/v1/accounts/{username}"),
    ]

    @Test("Every route is documented, every documented operation is routed, and every schema reference resolves")
    func document() async throws {
        try await withApp(benignEvents: 50) { fixture, client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            let doc = try response.json()
            #expect((doc["openapi"].string)?.hasPrefix("3.") == true)
            let paths = try #require(doc["paths"].object)
            for (method, path) in Self.exercised {
                #expect(paths[path]?[method].exists == true, "\(method.uppercased()) \(path) is not in the OpenAPI document")
            }
            let documented = paths.flatMap { path, ops in (ops.object ?? [:]).keys.map { ($0, path) } }
            #expect(documented.count == Self.exercised.count, "documented operations the tests do not know: \(documented.count)")
            // Routed: an admin calling each documented operation never gets the router's 404 for an unknown route.
            for (method, path) in documented {
                let uri = path.replacingOccurrences(of: "{uuid}", with: "x").replacingOccurrences(of: "{id}", with: "x")
                let result = try await client.execute(uri: uri, method: HTTPRequest.Method(method.uppercased())!, headers: fixture.bearer(.admin))
                let isRouterMiss = result.status == .notFound && (try? result.errorMessage())?.hasPrefix("no API operation") != false
                #expect(!isRouterMiss, "\(method.uppercased()) \(path) is documented but not routed")
            }
            let unknown = try await client.execute(uri: "/api/v1/nothing/here", method: .put, headers: fixture.bearer(.viewer))
            #expect(unknown.status == .notFound)
            #expect(try unknown.errorMessage().contains("openapi.json"))
            let schemas = try #require(doc["components"]["schemas"].object)
            let text = response.text
            var refs = Set<String>()
            var rest = Substring(text)
            while let r = rest.range(of: "#/components/schemas/") {
                let name = rest[r.upperBound...].prefix { $0 != "\"" }
                refs.insert(String(name))
                rest = rest[r.upperBound...]
            }
            #expect(!refs.isEmpty)
            for ref in refs { #expect(schemas[ref] != nil, "schema \(ref) is referenced but not defined") }
        }
    }

    @Test("Responses carry the properties their schema requires")
    func responsesMatchSchemas() async throws {
        try await withApp(benignEvents: 200) { fixture, client in
            let doc = try await client.execute(uri: "/api/v1/openapi.json", method: .get).json()
            let schemas = try #require(doc["components"]["schemas"].object)
            func check(_ uri: String, _ schema: String) async throws {
                let body = try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.admin)).json()
                for key in schemas[schema]?["required"].strings ?? [] { #expect(body[key].exists, "\(uri) lacks \(key) of \(schema)") }
                for key in body.object?.keys.sorted() ?? [] { #expect(schemas[schema]?["properties"][key].exists == true, "\(uri): \(key) is not in \(schema)") }
            }
            let alert = fixture.userAlert
            try await check("/api/v1/events", "EventPage")
            try await check("/api/v1/events/\(alert.events[0])", "EventDetail")
            try await check("/api/v1/alerts/\(alert.id)", "AlertDetail")
            try await check("/api/v1/users/\(alert.entity.id)", "UserOverview")
            try await check("/api/v1/rules/\(alert.rule.id)", "Rule")
            try await check("/api/v1/integrations", "IntegrationList")
            try await check("/api/v1/integrations/\(FakeIntegrations.id)/setup", "IntegrationSetup")
        }
    }
}
