import Foundation
import VigilEvent
@testable import VigilSimulator

/// A scenario's events decoded with Foundation, with accessors for the fields the assertions read.
struct PlayedScenario {
    let raw: [SimulatedEvent]
    let events: [[String: Any]]
    let org: SimulatedOrg

    init(_ scenario: AttackScenario, seed: UInt64 = 11, users: Int = 300) throws {
        org = SimulatedOrg(seed: seed, users: users)
        raw = scenario.events(in: org, at: SimulatorFixtures.start)
        events = try raw.map(SimulatorFixtures.json)
    }

    func ofType(_ type: String) -> [[String: Any]] { events.filter { $0["eventType"] as? String == type } }
}

/// Field access on a decoded LogEvent.
extension Dictionary where Key == String, Value == Any {
    func path(_ dotted: String) -> Any? {
        var current: Any? = self
        for part in dotted.split(separator: ".") { current = (current as? [String: Any])?[String(part)] }
        return current
    }

    func text(_ dotted: String) -> String? { path(dotted) as? String }
    var result: String? { text("outcome.result") }
    var actorLogin: String? { text("actor.alternateId") }
    var ip: String? { text("client.ipAddress") }
    var sessionId: String? { text("authenticationContext.externalSessionId") }
    var published: Timestamp { Timestamp(iso8601: text("published")!)! }
    var targets: [[String: Any]] { path("target") as? [[String: Any]] ?? [] }
}
