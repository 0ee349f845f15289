import ArgumentParser
import VigilSimulator

/// A scenario named on the command line; unknown names are rejected with the list of known ones.
struct ScenarioArgument: ExpressibleByArgument {
    let scenario: AttackScenario

    init?(argument: String) {
        guard let scenario = AttackScenario.named(argument) else { return nil }
        self.scenario = scenario
    }

    static var allValueStrings: [String] { AttackScenario.all.map(\.name) }
}
