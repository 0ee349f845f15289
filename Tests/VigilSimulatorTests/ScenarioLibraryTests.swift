import Foundation
import Testing
import VigilEvent
@testable import VigilSimulator

@Suite struct ScenarioLibraryTests {
    @Test(arguments: AttackScenario.all.map(\.name))
    func everyScenarioWritesValidLabelledDeterministicEvents(name: String) throws {
        let scenario = try #require(AttackScenario.named(name))
        let played = try PlayedScenario(scenario)
        #expect(!played.raw.isEmpty)
        #expect(!scenario.summary.isEmpty && !scenario.expectedDetections.isEmpty)
        var previous = Timestamp(millis: 0)
        for e in played.raw {
            let parsed = try e.oktaEvent()
            #expect(e.label == "scenario:" + name)
            #expect(SimulatorFixtures.knownEventTypes.contains(parsed.eventType), "unknown type \(parsed.eventType)")
            #expect(parsed.published >= previous)
            previous = parsed.published
        }
        let again = scenario.events(in: played.org, at: SimulatorFixtures.start)
        #expect(again.map(\.bytes) == played.raw.map(\.bytes), "same org, start and run give the same bytes")
        let otherRun = scenario.events(in: played.org, at: SimulatorFixtures.start, run: 1)
        #expect(Set(otherRun.map(\.bytes)).isDisjoint(with: played.raw.map(\.bytes)), "another run has fresh events")
    }

    @Test func namesAreUniqueAndLookUpWorks() {
        #expect(Set(AttackScenario.all.map(\.name)).count == AttackScenario.all.count)
        #expect(AttackScenario.all.count == 18)
        #expect(AttackScenario.named("mfa-push-bombing")?.label == "scenario:mfa-push-bombing")
        #expect(AttackScenario.named("no-such-attack") == nil)
    }

    @Test func scenariosMixIntoBenignTrafficInOrderAndTheManifestListsExactlyThem() throws {
        let org = SimulatedOrg(seed: 5, users: 200)
        let chosen = [AttackScenario.mfaPushBombing, .networkZoneDeleted]
        var stream = SimulationStream(org: org, configuration: WorkloadConfiguration(start: SimulatorFixtures.start),
                                      benignEvents: 3_000, scenarios: chosen)
        var manifest = ScenarioManifest(seed: 5, users: 200, scenarios: chosen)
        var all: [SimulatedEvent] = []
        while let e = stream.next() {
            try manifest.record(e)
            all.append(e)
        }
        #expect(all.filter { $0.label == SimulatedEvent.benignLabel }.count == 3_000)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.published <= $1.published })
        let attack = all.filter { $0.label != SimulatedEvent.benignLabel }
        #expect(Set(attack.map(\.label)) == Set(chosen.map(\.label)))
        let doc = try JSONSerialization.jsonObject(with: Data(manifest.json)) as! [String: Any]
        let listed = (doc["scenarios"] as! [[String: Any]]).flatMap { ($0["events"] as! [[String: Any]]).map { $0["uuid"] as! String } }
        #expect(listed.sorted() == (try attack.map { try $0.oktaEvent().uuid }).sorted())
        #expect(doc["totalEvents"] as? Int == all.count)
    }
}
