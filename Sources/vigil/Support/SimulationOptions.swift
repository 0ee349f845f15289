import ArgumentParser
import VigilEvent
import VigilSimulator

/// The options that define a simulated org and its traffic, shared by the `vigil simulate` commands.
struct SimulationOptions: ParsableArguments {
    @Option(help: "Seed of the simulated org and its traffic: the same seed gives the same bytes.") var seed: UInt64 = 1
    @Option(help: "Number of users in the simulated org.") var users = 500
    @Option(help: "Simulated time of the first event, RFC 3339 or a date (default: \(Self.defaultStart.iso8601), fixed so output is reproducible).")
    var start: TimeArgument?

    /// A Monday afternoon in UTC: mornings in the Americas, working hours in Europe.
    static let defaultStart = Timestamp(iso8601: "2026-11-02T14:00:00Z")!
    @Option(help: "Average benign events per simulated minute (default: 0.05 per user, about 72 events per user per day like a typical workforce org).")
    var rate: Double?

    func validate() throws {
        guard users >= 1 else { throw ValidationError("--users must be at least 1") }
        guard rate.map({ $0 > 0 }) ?? true else { throw ValidationError("--rate must be positive") }
    }

    func makeOrg() -> SimulatedOrg { SimulatedOrg(seed: seed, users: users) }

    var workload: WorkloadConfiguration {
        WorkloadConfiguration(start: start?.timestamp ?? Self.defaultStart, eventsPerMinute: rate ?? max(1, Double(users) * 0.05))
    }
}
