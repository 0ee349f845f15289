import Foundation
import VigilConfig
import VigilIngest
import VigilOkta
import VigilServer
import VigilWeb

/// "Refresh User Data": reads a user's last day of System Log events from each configured org now, instead of
/// waiting for the next poll, through the same pipeline (so nothing is stored twice and detection runs on what is
/// new), and the user's current status in Okta.
struct OktaUserDataRefresher: UserDataRefresher {
    let configuration: VigilConfiguration
    let sink: any EventSink
    /// The service's clients, so these calls share each org's rate-limit budget with polling and inventory.
    let clients: OktaClients
    /// A bounded read: at most this many pages per org.
    let maxPages = 10

    func refresh(user: String) async throws -> UserRefreshResult {
        let quoted = user.replacingOccurrences(of: "\"", with: "")
        let filter = "actor.id eq \"\(quoted)\" or actor.alternateId eq \"\(quoted)\" or target.id eq \"\(quoted)\""
        var fetched = 0, stored = 0, status: String?
        let integrations = configuration.integrations.filter { $0.credential != nil }
        guard !integrations.isEmpty else { throw UserRefreshError("no integration has Okta API credentials to read the System Log with") }
        for integration in integrations {
            let client = try clients.client(for: integration)
            let now = Date()
            var next: URL? = client.logsURL(since: now.addingTimeInterval(-86_400), until: now, filter: filter)
            var pages = 0
            while let url = next, pages < maxPages {
                let page = try await client.logsPage(at: url)
                pages += 1
                fetched += page.events.count
                if !page.events.isEmpty {
                    stored += try await sink.accept(IngestBatch(integrationID: integration.id, path: .poll, events: page.events)).stored
                }
                next = page.events.isEmpty ? nil : page.next
            }
            if status == nil { status = try? await client.user(quoted).status }
        }
        return UserRefreshResult(fetched: fetched, stored: stored, oktaStatus: status)
    }
}
