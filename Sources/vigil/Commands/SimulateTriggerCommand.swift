import ArgumentParser
import VigilSimulator
import VigilSimulatorServer

/// `vigil simulate trigger`: play an attack scenario on a running `vigil simulate serve`.
struct SimulateTriggerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trigger",
        abstract: "Play an attack scenario now on a running simulated org.",
        discussion: "Prints the scenario's run number and the uuids of the events it writes.\n\n\(ExitStatus.help)")

    @Option(help: "The simulated org's URL, as `vigil simulate serve` printed it.") var org: String
    @Option(help: "The org's SSWS API token.") var apiToken: String
    @Argument(help: "The scenario (see `vigil simulate scenarios`).") var scenario: ScenarioArgument

    func run() async throws {
        do {
            let run = try await SimulatorAdminClient.trigger(orgURL: org, apiToken: apiToken, scenario: scenario.scenario.name)
            Console.out("\(run.scenario) run \(run.run): \(run.uuids.count) events from \(run.firstPublished) to \(run.lastPublished)")
            run.uuids.forEach(Console.out)
        } catch {
            Console.error("vigil simulate trigger: \(error)")
            throw ExitStatus.failure
        }
    }
}
