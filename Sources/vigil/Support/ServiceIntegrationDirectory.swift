import Foundation
import VigilConfig
import VigilIngest
import VigilOkta
import VigilServer
import VigilStore
import VigilWeb

/// The web UI's view of the running service's integrations: configuration, live status per path, the Okta setup
/// check, and what to enter in Okta for the push paths.
struct ServiceIntegrationDirectory: IntegrationDirectory {
    let configuration: VigilConfiguration
    let status: IngestStatusBoard
    /// Where Okta reaches this service (for the Event Hook URL shown in the setup guide).
    let publicURL: String

    func integrations() async throws -> [IntegrationStatus] {
        configuration.integrations.map { integration in
            IntegrationStatus(id: integration.id, name: integration.id, oktaDomain: URL(string: integration.orgURL)?.host ?? integration.orgURL,
                              paths: [(IngestPath.poll, "systemLog", integration.poll.enabled),
                                      (.hook, "eventHook", integration.hooks.enabled),
                                      (.eventBridge, "eventBridge", integration.eventBridge != nil)].map { path, name, enabled in
                                  let record = status.status(integration.id, path)
                                  return IngestPathStatus(path: name, enabled: enabled, lastEventAt: record?.lastEvent,
                                                          lagSeconds: record?.lagMillis.map { Double($0) / 1000 },
                                                          eventsLastHour: Int((record?.eventsPerMinute ?? 0) * 60),
                                                          errors: record?.lastError.map { [$0] } ?? [],
                                                          backfill: record?.backfill.map(IngestPathStatus.Backfill.init))
                              })
        }
    }

    func validate(integrationId: String) async throws -> IntegrationValidation? {
        guard let integration = configuration.integrations.first(where: { $0.id == integrationId }) else { return nil }
        let report = try await integration.makeOktaClient().validate()
        return IntegrationValidation(checks: report.checks.map {
            .init(name: $0.name, ok: $0.outcome != .failed, detail: $0.detail + ($0.fix.map { " Fix: \($0)" } ?? ""))
        })
    }

    func setup(integrationId: String) async throws -> IntegrationSetup? {
        guard let integration = configuration.integrations.first(where: { $0.id == integrationId }) else { return nil }
        let subdomain = URL(string: integration.orgURL)?.host?.split(separator: ".").first.map(String.init) ?? integration.id
        return IntegrationSetup(integrationId: integration.id, eventHookURL: "\(publicURL)/hooks/okta/\(integration.id)",
                                eventHookAuthHeader: integration.hooks.authHeader, oktaSubdomain: subdomain)
    }
}
