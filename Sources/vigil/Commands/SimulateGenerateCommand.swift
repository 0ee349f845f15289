import ArgumentParser
import VigilSimulator

/// `vigil simulate generate`: benign System Log traffic as NDJSON on stdout, as fast as it can be written.
struct SimulateGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write simulated System Log events (NDJSON, one LogEvent per line) to stdout.",
        discussion: """
            Events are benign traffic of an org of --users people at --rate events per simulated minute, in \
            published order from --start.

            Example: vigil simulate generate --events 1000000 --seed 7 --users 2000 > events.ndjson
            """)

    @Option(help: "Number of events to write.") var events = 10_000
    @OptionGroup var simulation: SimulationOptions

    func validate() throws {
        guard events >= 0 else { throw ValidationError("--events must not be negative") }
    }

    func run() throws {
        var workload = BenignWorkload(org: simulation.makeOrg(), configuration: simulation.workload)
        var output = NDJSONOutput()
        for _ in 0..<events {
            guard let event = workload.next() else { break }
            output.write(event.bytes)
        }
        output.flush()
    }
}
