import Foundation
import Logging
import VigilDetect
import VigilIngest
import VigilNotify
import VigilSigma
import VigilStore

/// Hands saved alerts to the notifier: each alert once when it opens, and again each time new evidence raises a
/// grouped alert's severity (an escalation, routed by the new severity, with the why). Evidence added to an open
/// alert without raising it notifies no one: the analyst already knows the alert. Also sends the hourly digest.
public struct NotifierAlertSink: AlertSink, DigestSender {
    public let notifier: Notifier
    let store: EventStore
    let logger: Logger

    public init(notifier: Notifier, store: EventStore, logger: Logger = Logger(label: "vigil.notify")) {
        self.notifier = notifier
        self.store = store
        self.logger = logger
    }

    public func alertsRaised(_ alerts: [Alert]) async { notifier.notify(alerts) }

    public func alertsSaved(_ saved: [SavedAlert]) async {
        // New alerts first: an alert opened and escalated in one batch then goes out in its escalated form, which
        // supersedes the opened one in the digest queue.
        let opened = saved.filter { $0.outcome.kind == .opened }.map { item in
            var alert = item.alert
            alert.id = item.outcome.alertId
            return alert
        }
        if !opened.isEmpty { notifier.notify(opened) }
        for item in saved {
            guard let rank = item.outcome.escalatedFrom, let previous = SigmaLevel.allCases.first(where: { $0.rank == rank }) else { continue }
            notifier.notifyEscalation(escalated(item), from: previous)
        }
    }

    public func sendDigest(ahead seconds: Double) async -> Int { await notifier.sendDigest(now: .now(), ahead: seconds) }

    /// The stored alert, with all its evidence and its new severity, explained by the alert that raised it.
    private func escalated(_ item: SavedAlert) -> Alert {
        var alert = item.alert
        do {
            if let record = try store.alert(id: item.outcome.alertId) {
                alert = try JSONDecoder().decode(Alert.self, from: Data(record.document.utf8))
                alert.why = item.alert.why
            }
        } catch {
            logger.warning("escalated alert not read back; notifying with the new evidence only",
                           metadata: ["alert": "\(item.outcome.alertId)", "error": "\(error)"])
        }
        alert.id = item.outcome.alertId
        alert.severity = max(alert.severity, item.alert.severity)
        return alert
    }
}
