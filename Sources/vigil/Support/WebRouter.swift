import Foundation
import Hummingbird
import Logging
import VigilConfig
import VigilDetect
import VigilServer
import VigilWeb

/// The router `vigil serve` and `vigil demo` run the service with: the web UI and REST API on the same port as
/// the hooks, health and metrics routes the service adds.
enum WebRouter {
    static func make(for service: VigilService, configuration: VigilConfiguration) async throws -> Router<WebRequestContext> {
        let router = Router(context: WebRequestContext.self)
        let directories = configuration.detection.rulesDirectory.map { [URL(fileURLWithPath: $0)] } ?? []
        let scheme = configuration.tls == nil ? "http" : "https"
        let directory = ServiceIntegrationDirectory(configuration: configuration, status: service.pipeline.status,
                                                    publicURL: "\(scheme)://\(configuration.listen)")
        let web = try await WebApplication(store: service.store, ruleSet: try RuleSet(directories: directories, managed: true),
                                           triage: StoreAlertTriage(store: service.store), integrations: directory,
                                           refresher: OktaUserDataRefresher(configuration: configuration, sink: service.pipeline,
                                                                                 clients: service.oktaClients),
                                           logger: Logger(label: "vigil.web"))
        web.addRoutes(to: router)
        return router
    }
}
