import Foundation
import VigilDetect
import VigilIngest
import VigilNotify
import VigilServer
import VigilStore

/// Sends the pipeline's alerts to the channels of the configuration file's `notifications:` section.
struct NotifierAlertSink: AlertSink {
    let notifier: Notifier

    func alertsRaised(_ alerts: [Alert]) async { notifier.notify(alerts) }
}

enum Notifications {
    /// The store-dependent part that runs the configured notification channels, or nil when none are configured.
    static func dependent(configurationFile path: String) throws -> (@Sendable (EventStore) throws -> VigilService.StoreDependent)? {
        let configuration = try NotificationConfig(yaml: String(contentsOfFile: path, encoding: .utf8))
        guard !configuration.channels.isEmpty else { return nil }
        return { store in
            let notifier = Notifier(configuration: configuration, store: store)
            return VigilService.StoreDependent(alertSink: NotifierAlertSink(notifier: notifier), service: notifier)
        }
    }
}
