import Foundation
import Hummingbird
import Logging
import VigilDetect
import VigilStore

/// Vigil's web UI and REST API, ready to be mounted on a router.
///
/// The ingestion service builds one of these and calls `addRoutes(to:)` on its `Router<WebRequestContext>`
/// next to its own hook and health routes. The parts other modules own come in as protocols: alert triage,
/// integrations, and refreshing a user's data from Okta. Without them, the routes that need them answer 503
/// saying what is not configured.
public struct WebApplication: Sendable {
    public let store: EventStore
    public let ruleSet: RuleSet
    public let triage: (any AlertTriage)?
    public let integrations: (any IntegrationDirectory)?
    public let refresher: (any UserDataRefresher)?
    public let configuration: WebConfiguration
    let views: PageRenderer
    let assets: StaticAssets
    /// Each rule's examples, run once: the rule set does not change while the server runs.
    let exampleReports: [String: RuleSet.ExampleReport]
    let logger: Logger
    var loginThrottle = LoginThrottle()

    public init(store: EventStore, ruleSet: RuleSet, triage: (any AlertTriage)? = nil,
                integrations: (any IntegrationDirectory)? = nil, refresher: (any UserDataRefresher)? = nil,
                configuration: WebConfiguration = WebConfiguration(), logger: Logger = Logger(label: "vigil.web")) async throws {
        self.store = store
        self.ruleSet = ruleSet
        self.triage = triage
        self.integrations = integrations
        self.refresher = refresher
        self.configuration = configuration
        self.logger = logger
        views = try await PageRenderer()
        assets = try StaticAssets()
        exampleReports = Dictionary(ruleSet.testExamples().map { ($0.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Adds the pages (`/`, `/events`, `/alerts`, ...), `/login`, `/static/...` and the REST API (`/api/v1/...`).
    public func addRoutes(to router: Router<WebRequestContext>) {
        router.add(middleware: StrictTransportSecurity(configuration: configuration))
        addSessionRoutes(to: router)
        addStaticRoutes(to: router)
        addPageRoutes(to: router)
        for route in apiRoutes {
            add(router, route.method, route.path, .api, role: route.role, route.handler)
        }
        router.get("/api/v1/openapi.json") { _, _ in
            OpenAPIDocument(routes: apiRoutes).response
        }
        // API clients get a JSON answer for a path or method the API does not have, not the router's empty 404.
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            router.on("/api/v1/**", method: method) { request, _ in
                errorResponse(.notFound("no API operation \(request.method) \(request.uri.path): see /api/v1/openapi.json"), .api, nil)
            }
        }
    }
}
