import VigilEvent
import VigilSimulator

extension OrgState {
    /// The index of a user by id or login, or 404 E0000007.
    func userIndex(_ key: String) throws(OktaError) -> Int {
        guard let index = org.userIndex(idOrLogin: key) else { throw OktaError.notFound("\(key) (User)") }
        return index
    }

    /// Applies a lifecycle operation for `principal`, logs the event Okta writes, and returns the user after it.
    func apply(_ operation: UserLifecycle, toUser key: String, by principal: Principal) throws(OktaError) -> OrgUser {
        let index = try userIndex(key)
        let now = self.now
        let admin = context(of: principal)
        do throws(UserLifecycle.NotAllowed) {
            let event = try org.apply(operation, toUser: index, by: admin, at: now, factory: &factory)
            userUpdated[index] = now
            record([event])
            if operation == .clearSessions {
                stream.endSessions(ofUser: index)
            } else {
                stream.setCanSignIn(org.users[index].status.canSignIn, user: index)
            }
        } catch {
            throw OktaError.validation("\(operation.rawValue): \(error.reason)")
        }
        return org.users[index]
    }
}

/// One play of an attack scenario triggered on a running server.
public struct ScenarioRun: Sendable, Codable, Equatable {
    public let scenario: String
    public let run: UInt64
    /// The uuids of the events it will write (some are published minutes after the trigger).
    public let uuids: [String]
    public let firstPublished: String
    public let lastPublished: String
}

extension OrgState {
    /// Plays scenario `name` from now, merged into the live traffic.
    func trigger(scenario name: String) throws(OktaError) -> ScenarioRun {
        guard let scenario = AttackScenario.named(name) else { throw OktaError.notFound("\(name) (Scenario)") }
        scenarioRuns += 1
        let events = scenario.events(in: org, at: now, run: scenarioRuns)
        inject(events)
        return ScenarioRun(scenario: name, run: scenarioRuns, uuids: events.compactMap { try? $0.oktaEvent().uuid },
                           firstPublished: events.first?.published.iso8601 ?? "", lastPublished: events.last?.published.iso8601 ?? "")
    }
}
