import ArgumentParser
import Foundation

/// `vigil demo`: Vigil end to end on a simulated Okta org, with one command.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run Vigil on a simulated Okta org: the org's API and traffic, ingestion, detection and the web UI.",
        discussion: """
            Starts a simulated Okta org on 127.0.0.1 with benign traffic and an attack scenario every minute or so, \
            connects Vigil to it by System Log polling, stores in a fresh local data directory, and serves the web UI \
            and REST API. It prints the UI address and a generated admin login. Ctrl-C stops everything cleanly.

            With --offline it runs no servers: it plays a day of traffic with every attack scenario through the \
            store and the detection engine, and scores the alerts against the simulator's ground truth.

            \(ExitStatus.help)
            """)

    @Option(help: "Where to keep the demo's data (replaced on each run).") var dataDir = "vigil-demo"
    @Flag(help: "Run without servers: simulate, store, detect, score, and exit.") var offline = false
    @Option(help: "host:port for the web UI (live demo).") var listen = "127.0.0.1:8080"
    @Option(help: "Seconds between attack scenarios (live demo).") var scenarioEvery = 60.0
    @Option(help: "Benign events per second of the simulated org (live demo).") var eventsPerSecond = 20.0
    @Option(help: "Benign events around the attacks (offline demo).") var backgroundEvents = 30_000
    @OptionGroup var simulation: SimulationOptions

    func run() async throws {
        if offline {
            try await DemoOffline(dataDir: dataDir, backgroundEvents: backgroundEvents, simulation: simulation).run()
        } else {
            try await DemoLive(dataDir: dataDir, listen: listen, scenarioEvery: scenarioEvery, eventsPerSecond: eventsPerSecond,
                               seed: simulation.seed, users: simulation.users).run()
        }
    }
}
