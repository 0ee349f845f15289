import ArgumentParser
import VigilSimulator

/// `vigil simulate scenarios`: the attack scenario library.
struct SimulateScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the attack scenarios: name, what happens, and the detection it should trigger.")

    func run() {
        for scenario in AttackScenario.all {
            Console.out(scenario.name)
            Console.out("    " + scenario.summary)
            for detection in scenario.expectedDetections { Console.out("    expect: " + detection) }
        }
    }
}
