import ArgumentParser
import VigilEvent
import VigilSimulator

/// The options that define a simulated org and its traffic, shared by the `vigil simulate` commands.
struct SimulationOptions: ParsableArguments {
    @Option(help: "Seed of the simulated org and its traffic: the same seed gives the same bytes.") var seed: UInt64 = 1
    @Option(help: "Number of users in the simulated org.") var users = 500
    @Option(help: "Simulated time of the first event (RFC 3339 or a date). Fixed by default so output is reproducible.")
    var start = TimeArgument(argument: "2026-11-02T14:00:00Z")!
    @Option(help: "Average benign events per simulated minute.") var rate: Double = 600

    func validate() throws {
        guard users >= 1 else { throw ValidationError("--users must be at least 1") }
        guard rate > 0 else { throw ValidationError("--rate must be positive") }
    }

    func makeOrg() -> SimulatedOrg { SimulatedOrg(seed: seed, users: users) }

    var workload: WorkloadConfiguration { WorkloadConfiguration(start: start.timestamp, eventsPerMinute: rate) }
}
