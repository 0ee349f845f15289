import Synchronization
import VigilEvent
@testable import VigilWeb

/// Alert triage kept in memory, with the behaviour the store-backed one must have: history per change, notes
/// appended, unknown alerts refused.
final class MemoryTriage: AlertTriage {
    private let states = Mutex<[String: AlertTriageState]>([:])
    /// Alerts the triage knows; nil accepts any id.
    let known = Mutex<Set<String>?>(nil)

    func states(of alertIds: [String]) async throws -> [String: AlertTriageState] {
        states.withLock { all in all.filter { alertIds.contains($0.key) } }
    }

    func update(alertId: String, change: AlertChange, actor: String) async throws -> AlertTriageState {
        if let known = known.withLock({ $0 }), !known.contains(alertId) { throw AlertTriageError.unknownAlert(alertId) }
        return states.withLock { all in
            var state = all[alertId] ?? AlertTriageState()
            if let status = change.status, status != state.status {
                state.history.append(.init(actor: actor, at: .now(), change: "status: \(state.status.rawValue) → \(status.rawValue)"))
                state.status = status
            }
            if let assignee = change.assignee, assignee != (state.assignee ?? "") {
                state.history.append(.init(actor: actor, at: .now(), change: "assignee: \(assignee.isEmpty ? "none" : assignee)"))
                state.assignee = assignee.isEmpty ? nil : assignee
            }
            if let note = change.note, !note.isEmpty { state.notes.append(.init(author: actor, at: .now(), text: note)) }
            all[alertId] = state
            return state
        }
    }
}

/// One Okta org: polling healthy, Event Hooks failing, EventBridge off.
final class FakeIntegrations: IntegrationDirectory {
    static let id = "acme-prod"
    let validations = Mutex<Int>(0)

    func integrations() async throws -> [IntegrationStatus] {
        [IntegrationStatus(id: Self.id, name: "Acme production", oktaDomain: "acme.okta.com", paths: [
            IngestPathStatus(path: "systemLog", enabled: true, lastEventAt: .now().adding(seconds: -20), lagSeconds: 4.2,
                             rateLimitUsed: 0.18, eventsLastHour: 1200,
                             backfill: .init(events: 52_000, eventsPerSecond: 3100, etaSeconds: 95)),
            IngestPathStatus(path: "eventHook", enabled: true, lastEventAt: .now().adding(seconds: -900), lagSeconds: 1.1,
                             eventsLastHour: 40, errors: ["signature check failed for 3 deliveries"]),
            IngestPathStatus(path: "eventBridge", enabled: false),
        ])]
    }

    func validate(integrationId: String) async throws -> IntegrationValidation? {
        guard integrationId == Self.id else { return nil }
        validations.withLock { $0 += 1 }
        return IntegrationValidation(checks: [.init(name: "API token", ok: true, detail: "okta.logs.read granted"),
                                              .init(name: "Event Hook", ok: false, detail: "last verification failed")])
    }

    func setup(integrationId: String) async throws -> IntegrationSetup? {
        guard integrationId == Self.id else { return nil }
        return IntegrationSetup(integrationId: Self.id, eventHookURL: "https://vigil.example/hooks/okta/\(Self.id)", oktaSubdomain: "acme")
    }
}

/// Records refresh requests; fails for users named `unreachable`.
final class FakeRefresher: UserDataRefresher {
    let requests = Mutex<[String]>([])

    func refresh(user: String) async throws -> UserRefreshResult {
        requests.withLock { $0.append(user) }
        if user == "unreachable" { throw UserRefreshError("Okta answered 503") }
        return UserRefreshResult(fetched: 12, stored: 3, oktaStatus: "ACTIVE")
    }
}
