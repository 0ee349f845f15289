import Foundation
import VigilNotify
import VigilSchedule
import VigilServer
import VigilStore

enum Notifications {
    /// The store-dependent part that runs the configured notification channels, or nil when none are configured.
    static func dependent(configurationFile path: String) throws -> (@Sendable (EventStore) throws -> VigilService.StoreDependent)? {
        let configuration = try NotificationConfig(yaml: String(contentsOfFile: path, encoding: .utf8))
        guard !configuration.channels.isEmpty else { return nil }
        return { store in
            let notifier = Notifier(configuration: configuration, store: store)
            let sink = NotifierAlertSink(notifier: notifier, store: store)
            return VigilService.StoreDependent(alertSink: sink, service: notifier, digest: sink)
        }
    }
}
