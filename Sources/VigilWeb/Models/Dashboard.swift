import Foundation
import VigilEvent
import VigilSigma
import VigilStore

/// The dashboard: alerts by severity per hour, events per minute, open alerts, integration health.
/// Charts end at the newest stored event (or now), so a store fed from an export still shows its traffic.
struct Dashboard {
    var alertsChart: String
    var eventsChart: String
    var windowEnd: String
    var eventsLastHour: Int
    var alertsLast24h: Int
    var openAlerts: [AlertSummary]
    var hasOpenAlerts: Bool
    var integrations: [IntegrationRow]
    var integrationsError: String?
    var severityLegend: [Legend]

    struct Legend { var name: String; var cssClass: String }

    static let severities = SigmaLevel.allCases.sorted()

    init(store: EventStore, triage: (any AlertTriage)?, integrations directory: (any IntegrationDirectory)?) async throws {
        let end = min(Timestamp.now(), try store.latestPublished() ?? Timestamp.now())
        // Whole minutes and hours, so bars do not shift as time passes within one.
        let minuteEnd = Timestamp(millis: (end.millis / 60_000 + 1) * 60_000)
        let perMinute = try store.eventCounts(since: minuteEnd.adding(seconds: -3600), until: minuteEnd, bucketMillis: 60_000)
        windowEnd = end.iso8601
        eventsLastHour = perMinute.reduce(0) { $0 + $1.count }
        eventsChart = BarChart(labels: perMinute.map { String($0.start.iso8601.dropFirst(11).prefix(5)) },
                               series: [.init(name: "events", cssClass: "events", values: perMinute.map(\.count))],
                               labelEvery: 10, title: "Events per minute, last hour").svg

        let hourEnd = Timestamp(millis: (end.millis / 3_600_000 + 1) * 3_600_000)
        let since = hourEnd.adding(seconds: -24 * 3600)
        let alerts = try store.alerts(since: since, limit: 10_000)
        alertsLast24h = alerts.count
        var counts = Array(repeating: Array(repeating: 0, count: 24), count: Self.severities.count)
        for a in alerts {
            let hour = Int((a.lastSeen.millis - since.millis) / 3_600_000)
            if let s = Self.severities.firstIndex(where: { $0.rank == a.severity }), (0..<24).contains(hour) { counts[s][hour] += 1 }
        }
        alertsChart = BarChart(labels: (0..<24).map { String(since.adding(seconds: Double($0) * 3600).iso8601.dropFirst(11).prefix(5)) },
                               series: Self.severities.enumerated().map { .init(name: $1.rawValue, cssClass: "sev-\($1.rawValue)", values: counts[$0]) },
                               labelEvery: 3, title: "Alerts by severity per hour, last 24 hours").svg
        severityLegend = Self.severities.reversed().map { Legend(name: $0.rawValue, cssClass: "sev-\($0.rawValue)") }
        let states = try await triage?.states(of: alerts.map(\.id)) ?? [:]
        openAlerts = Array(alerts.map { AlertSummary($0, triage: states[$0.id]) }
            .filter { !["resolved", "false_positive"].contains($0.status) }
            .sorted { ($0.severityRank, $0.lastSeen) > ($1.severityRank, $1.lastSeen) }.prefix(8))
        hasOpenAlerts = !openAlerts.isEmpty
        do {
            integrations = try await directory?.integrations().map { IntegrationRow($0) } ?? []
            integrationsError = directory == nil ? "Integrations are not configured on this server." : nil
        } catch {
            integrations = []
            integrationsError = "Could not read integration status: \(error)"
        }
    }
}
