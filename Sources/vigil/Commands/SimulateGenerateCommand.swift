import ArgumentParser
import VigilSimulator

/// `vigil simulate generate`: simulated System Log traffic as NDJSON on stdout, as fast as it can be written.
struct SimulateGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write simulated System Log events (NDJSON, one LogEvent per line) to stdout.",
        discussion: """
            Writes --events benign events of an org of --users people at --rate events per simulated minute, in \
            published order from --start. Each --scenario is played once, spread evenly over that span, and its \
            events are added to the output (labelled only in `simulate export`'s manifest).

            Example: vigil simulate generate --events 1000000 --seed 7 --users 2000 > events.ndjson
            """)

    @Option(help: "Number of benign events to write.") var events = 10_000
    @OptionGroup var simulation: SimulationOptions
    @Option(name: .customLong("scenario"), help: "Mix in an attack scenario (repeatable; see `vigil simulate scenarios`).")
    var scenarios: [ScenarioArgument] = []

    func validate() throws {
        guard events >= 0 else { throw ValidationError("--events must not be negative") }
    }

    func run() throws {
        var stream = SimulationStream(org: simulation.makeOrg(), configuration: simulation.workload, benignEvents: events,
                                      scenarios: scenarios.map(\.scenario))
        var output = NDJSONOutput()
        while let event = stream.next() { output.write(event.bytes) }
        output.flush()
    }
}
