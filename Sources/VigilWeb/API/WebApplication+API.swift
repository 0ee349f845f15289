import Foundation
extension WebApplication {
    /// Every REST API operation, in the order the OpenAPI document lists them.
    var apiRoutes: [APIRoute] {
        eventRoutes + alertRoutes + userRoutes + integrationRoutes + ruleRoutes + accessRoutes + accountRoutes
    }
}
