import Foundation
import Testing
import VigilEvent
import VigilSimulator
@testable import VigilDetect

/// Every simulated attack raises the alert meant for it, and benign traffic raises nothing of medium severity or
/// more: the engine (rules, correlations, analytics) scored against the simulator's ground truth.
@Suite struct ScenarioDetectionTests {
    static let ruleSet = Result { try RuleSet() }

    /// The alert titles (any one suffices) each scenario must raise, from its own events.
    static let expected: [String: [String]] = [
        "mfa-push-bombing": ["MFA push fatigue, then accepted"],
        "password-spray-single-ip": ["Password spray from one IP"],
        "password-spray-distributed": ["Distributed password spray"],
        "brute-force-lockout": ["Brute force against one user"],
        "credential-stuffing": ["Credential stuffing with unknown users"],
        "login-after-spray": ["Successful sign-in from a password-spraying IP", "Successful sign-in from an IP that just sprayed passwords"],
        "session-cookie-replay": ["Session used from a new network and client"],
        "impossible-travel": ["Impossible travel between sign-ins"],
        "factor-reset-new-enrollment": ["MFA reset, then a factor enrolled from a new device and IP"],
        "idp-created-and-used": ["Sign-in through a newly created identity provider"],
    ]

    static func alerts(_ events: [SimulatedEvent]) throws -> [Alert] {
        let set = try ruleSet.get()
        var engine = DetectionEngine(ruleSet: set)
        let parsed = try events.map { try OktaEvent(raw: $0.bytes, plan: set.plan) }
        var alerts = engine.process(parsed)
        alerts += engine.advance(to: Timestamp(millis: (parsed.last?.published.millis ?? 0) + 86_400_000))
        return alerts
    }

    @Test(arguments: AttackScenario.all)
    func scenarioRaisesItsAlert(_ scenario: AttackScenario) throws {
        let org = SimulatedOrg(seed: 7, users: 300)
        let events = scenario.events(in: org, at: Timestamp(iso8601: "2026-11-03T09:00:00Z")!)
        let alerts = try Self.alerts(events)
        let titles = Set(alerts.filter { $0.severity >= .medium }.map(\.title))
        if let wanted = Self.expected[scenario.name] {
            #expect(!titles.isDisjoint(with: wanted), "\(scenario.name) raised \(titles.sorted())")
        } else {
            // Single-event scenarios are the stateless rules' job; they must still raise something serious.
            #expect(!titles.isEmpty, "\(scenario.name) raised nothing of medium severity or more")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func benignWorkloadRaisesNothingSerious(_ seed: UInt64) throws {
        let org = SimulatedOrg(seed: seed, users: 400)
        let config = WorkloadConfiguration(start: Timestamp(iso8601: "2026-11-02T14:00:00Z")!, eventsPerMinute: 20)
        var stream = SimulationStream(org: org, configuration: config, benignLimit: 50_000)
        var events: [SimulatedEvent] = []
        while let e = stream.next() { events.append(e) }
        let serious = try Self.alerts(events).filter { $0.severity >= .medium }
        #expect(serious.isEmpty, "\(serious.count) alerts: \(serious.prefix(5).map { "\($0.title): \($0.why)" })")
    }
}
