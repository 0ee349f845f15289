import Foundation

/// An integration as the dashboard and integrations page show it (templates see stored properties only, so
/// derived values are computed here).
struct IntegrationRow {
    var integration: IntegrationStatus
    var healthy: Bool
    var paths: [PathRow]
    var validation: IntegrationValidation?

    struct PathRow {
        var status: IngestPathStatus
        var label: String
        var healthy: Bool
        var rateLimitPercent: String?
        var lag: String?
    }

    init(_ integration: IntegrationStatus, validation: IntegrationValidation? = nil) {
        self.integration = integration
        healthy = integration.paths.contains(where: \.enabled) && integration.paths.filter(\.enabled).allSatisfy(\.healthy)
        paths = integration.paths.map {
            PathRow(status: $0, label: Self.label($0.path), healthy: $0.healthy,
                    rateLimitPercent: $0.rateLimitUsed.map { "\(Int(($0 * 100).rounded())) %" },
                    lag: $0.lagSeconds.map { String(format: "%.1f s", $0) })
        }
        self.validation = validation
    }

    static func label(_ path: String) -> String {
        switch path {
        case "systemLog": "System Log polling"
        case "eventHook": "Event Hooks"
        case "eventBridge": "Log Streaming (EventBridge)"
        default: path
        }
    }
}
