import ArgumentParser
import Foundation

/// `vigil demo`: Vigil end to end on a simulated Okta org, with one command.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run Vigil on a simulated Okta org: the org's API and traffic, ingestion, detection and the web UI.",
        discussion: """
            Starts a simulated Okta org on 127.0.0.1 with benign traffic and an attack scenario every minute or so, \
            connects Vigil to it by System Log polling and an event hook — and by Log Streaming through EventBridge \
            and SQS when an AWS-compatible server is at hand: moto_server on PATH or in ./.venv/bin, which the demo \
            starts on a free port and stops on exit, or the server given by --aws-endpoint (or $\(DemoEventBridge.endpointVariable)) — stores in a fresh local data directory, and serves the web UI \
            and REST API. It prints the UI address and a generated admin login. Ctrl-C stops everything cleanly.

            With --offline it runs no servers: it plays a day of traffic with every attack scenario through the \
            store and the detection engine, and scores the alerts against the simulator's ground truth.

            \(ExitStatus.help)
            """)

    @Option(help: "Where to keep the demo's data (replaced on each run).") var dataDir = "vigil-demo"
    @Flag(help: "Run without servers: simulate, store, detect, score, and exit.") var offline = false
    @Option(help: "host:port for the web UI (live demo).") var listen = "127.0.0.1:8080"
    @Option(help: "Seconds between attack scenarios (live demo).") var scenarioEvery = 60.0
    @Option(help: "Benign events per second of the simulated org (live demo), averaged over the week: users' working hours make weekday afternoons busier and Sundays quiet.") var eventsPerSecond = 20.0
    @Option(help: "Benign events around the attacks (offline demo).") var backgroundEvents = 30_000
    @Option(help: ArgumentHelp("An AWS-compatible server for the EventBridge path (default: start moto_server if installed).",
                               discussion: "Also read from $\(DemoEventBridge.endpointVariable)."))
    var awsEndpoint: String?
    @Flag(name: .customLong("no-eventbridge"), help: "Leave the EventBridge path off even when moto is installed.") var noEventBridge = false
    @OptionGroup var simulation: SimulationOptions

    /// The AWS-compatible server named by --aws-endpoint or the environment.
    private var endpoint: URL? {
        get throws {
            guard let text = awsEndpoint ?? ProcessInfo.processInfo.environment[DemoEventBridge.endpointVariable], !text.isEmpty else { return nil }
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw ValidationError("--aws-endpoint (or $\(DemoEventBridge.endpointVariable)) must be an http(s) URL, got '\(text)'")
            }
            return url
        }
    }

    func validate() throws {
        _ = try endpoint
    }

    func run() async throws {
        if offline {
            try await DemoOffline(dataDir: dataDir, backgroundEvents: backgroundEvents, simulation: simulation).run()
        } else {
            try await DemoLive(dataDir: dataDir, listen: listen, scenarioEvery: scenarioEvery, eventsPerSecond: eventsPerSecond,
                               seed: simulation.seed, users: simulation.users, eventBridge: !noEventBridge, awsEndpoint: try endpoint).run()
        }
    }
}
