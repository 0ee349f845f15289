import Foundation
import Hummingbird
import VigilDetect
import VigilIngest
import VigilEvent
import VigilSimulator
import VigilStore
@testable import VigilWeb

/// A temporary store seeded with a simulated org's traffic (every attack scenario mixed in) and the alerts the
/// managed rules raise over it, plus one account and API token per role.
struct Fixture: Sendable {
    let directory: URL
    let store: EventStore
    let ruleSet: RuleSet
    let triage: MemoryTriage
    let integrations: FakeIntegrations
    let refresher: FakeRefresher
    let tokens: [AccountRole: String]
    let alerts: [Alert]
    let events: [OktaEvent]

    static let password = "correct horse battery"
    static let ruleSetCache: RuleSet = try! RuleSet(managed: true)

    static func make(benignEvents: Int = 1_500) async throws -> Fixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-web-\(UUID().uuidString)")
        let store = try EventStore(directory: directory)
        let ruleSet = ruleSetCache
        // Traffic that ends about now, so "last hour" charts and relative filters see it.
        let start = Timestamp.now().adding(seconds: -Double(benignEvents) / 20 * 60)
        var stream = SimulationStream(org: SimulatedOrg(seed: 7, users: 40),
                                      configuration: WorkloadConfiguration(start: start, eventsPerMinute: 20),
                                      benignEvents: benignEvents, scenarios: AttackScenario.all)
        var events: [OktaEvent] = []
        while let simulated = stream.next() {
            events.append(try OktaEvent(raw: simulated.bytes, plan: ruleSet.plan))
        }
        events = events.filter { $0.published <= Timestamp.now() }
        var writer = PipelinedWriter(store: store, source: "test")
        try await writer.submit(events)
        try await writer.drain()
        let alerts = Detector(ruleSet: ruleSet).alerts(for: events)
        try store.save(alerts: alerts.map(\.record))
        var tokens: [AccountRole: String] = [:]
        for role in AccountRole.allCases {
            let account = try Passwords.createAccount(in: store, username: role.rawValue, password: password, role: role, cost: 4)
            let token = SecretToken.generate(prefix: "vgl_")
            try store.createAPIToken(accountId: account.id, name: "test", tokenHash: SecretToken.hash(token))
            tokens[role] = token
        }
        return Fixture(directory: directory, store: store, ruleSet: ruleSet, triage: MemoryTriage(), integrations: FakeIntegrations(),
                       refresher: FakeRefresher(), tokens: tokens, alerts: alerts, events: events)
    }

    static let configuration = WebConfiguration(bcryptCost: 4, feedPollSeconds: 2)

    func webApplication(triage: Bool = true, integrations: Bool = true, refresher: Bool = true, ruleSet: RuleSet? = nil,
                        configuration: WebConfiguration = Fixture.configuration) async throws -> WebApplication {
        try await WebApplication(store: store, ruleSet: ruleSet ?? self.ruleSet, triage: triage ? self.triage : nil,
                                 integrations: integrations ? self.integrations : nil, refresher: refresher ? self.refresher : nil,
                                 configuration: configuration)
    }

    /// The app on 127.0.0.1 with an ephemeral port, which `onPort` receives once the server listens.
    func application(_ web: WebApplication? = nil,
                     onPort: @escaping @Sendable (Int) async -> Void = { _ in }) async throws -> some ApplicationProtocol {
        let router = Router(context: WebRequestContext.self)
        if let web { web.addRoutes(to: router) } else { try await webApplication().addRoutes(to: router) }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                           onServerRunning: { await onPort($0.localAddress?.port ?? 0) })
    }

    func close() {
        try? store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// `Authorization: Bearer` for an account of `role`.
    func bearer(_ role: AccountRole) -> HTTPFields { [.authorization: "Bearer \(tokens[role]!)"] }

    /// `bearer(role)` for a request with a JSON body.
    func jsonBearer(_ role: AccountRole) -> HTTPFields { bearer(role) + [.contentType: "application/json"] }

    /// An alert about a user, most severe first.
    var userAlert: Alert { alerts.filter { $0.entity.type == "User" }.max { $0.severity < $1.severity }! }
}
