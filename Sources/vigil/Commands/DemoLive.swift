import Foundation
import Logging
import VigilConfig
import VigilDetect
import VigilServer
import VigilSimulatorServer
import VigilWeb

/// The live demo: a simulated org served on 127.0.0.1, and the Vigil service reading it by polling, by an event
/// hook and, where an AWS-compatible server is at hand, by its log stream through EventBridge and SQS; detecting,
/// and serving its UI — the same service `vigil serve` runs, configured for the simulated org.
struct DemoLive {
    let dataDir: String
    let listen: String
    let scenarioEvery: Double
    let eventsPerSecond: Double
    let seed: UInt64
    let users: Int
    /// Whether to set up the EventBridge path (when moto is installed or `awsEndpoint` is given).
    let eventBridge: Bool
    /// An AWS-compatible server to use instead of starting moto.
    let awsEndpoint: URL?

    static let tokenVariable = "VIGIL_DEMO_OKTA_TOKEN"
    static let hookSecretVariable = "VIGIL_DEMO_HOOK_SECRET"

    func run() async throws {
        let directory = URL(fileURLWithPath: dataDir)
        try? FileManager.default.removeItem(at: directory)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        let (eventBridge, off) = try await startEventBridge(logDirectory: directory)
        do {
            try await serve(directory: directory, eventBridge: eventBridge, off: off)
        } catch {
            await eventBridge?.stop()
            throw error
        }
        await eventBridge?.stop()
    }

    /// The EventBridge path, or nil and what the banner says instead. A server the user named must work; moto
    /// found here that fails to start only leaves the path off.
    private func startEventBridge(logDirectory: URL) async throws -> (DemoEventBridge?, off: String) {
        guard eventBridge else { return (nil, "off (--no-eventbridge)") }
        do {
            if awsEndpoint == nil, LocalAWSServer.find() != nil { Console.error("Starting moto for the EventBridge path…") }
            let bridge = try await DemoEventBridge.start(endpoint: awsEndpoint, logDirectory: logDirectory)
            if let moto = bridge?.server { Console.error("moto is serving at \(moto.endpoint.absoluteString) (output in \(moto.logFile.path))") }
            return (bridge, "off — to turn it on, \(DemoEventBridge.howToTurnOn)")
        } catch {
            guard let awsEndpoint else {
                Console.error("EventBridge is off: the local moto could not be set up: \(error)")
                return (nil, "off — the local moto could not be set up (see above; its output is in \(logDirectory.path)/moto.log)")
            }
            Console.error("the demo could not set up EventBridge on \(awsEndpoint): \(error)")
            throw ExitStatus.failure
        }
    }

    /// Runs the simulated org and the service until Ctrl-C.
    private func serve(directory: URL, eventBridge: DemoEventBridge?, off: String) async throws {
        let token = Passwords.generate()
        var org = SimulatedOktaServerConfiguration(seed: seed, users: users, apiTokens: [token])
        org.eventsPerSecond = eventsPerSecond
        org.scenarioEvery = scenarioEvery
        org.backfill = 900
        org.logStreamTransport = eventBridge?.transport
        let simulator = try await SimulatedOktaServer.start(org)
        // The service reads credentials by reference, as from a deployment's environment; the demo's token is its own.
        setenv(Self.tokenVariable, token, 1)
        let hookSecret = Passwords.generate()
        setenv(Self.hookSecretVariable, hookSecret, 1)

        do {
            var configuration = try VigilConfiguration(node: .singleOrg(
                id: "demo", orgURL: simulator.url, apiTokenEnv: Self.tokenVariable, hookSecretEnv: Self.hookSecretVariable, poll: true,
                dataDirectory: directory.path, listen: listen))
            configuration.integrations[0].poll.intervalSeconds = 2
            configuration.integrations[0].poll.backfillSeconds = 2 * 3_600
            configuration.integrations[0].eventBridge = eventBridge?.settings
            var components = VigilService.Components()
            components.metrics = VigilMetrics.registry
            let service = try VigilService(configuration: configuration, components: components, logger: Logger(label: "vigil"))
            let password = Passwords.generate()
            let admin = try Passwords.createAccount(in: service.store, username: "admin", password: password, role: .admin)
            let apiToken = try APITokens.issue(in: service.store, for: admin, name: "demo").token
            let router = try await WebRouter.make(for: service, configuration: configuration)
            let simulatorURL = simulator.url
            let okta = try configuration.integrations[0].makeOktaClient()
            if let eventBridge {
                try await eventBridge.startLogStream(okta: okta, integrationID: configuration.integrations[0].id)
            }
            let hookTypes = EventHookProvisioning.eventTypes(for: try RuleSet(managed: true))
            try await service.run(router: router) { host, port in
                // Okta pushes too: the simulated org's event hook delivers to this service while the poller reads.
                Task {
                    do {
                        _ = try await EventHookProvisioning(client: okta).provision(
                            name: "Vigil demo", url: "http://\(ListenAddress(host: host, port: port))/hooks/okta/demo",
                            eventTypes: hookTypes, authHeader: "Authorization", secret: hookSecret)
                    } catch {
                        Console.error("the demo's event hook could not be set up (polling goes on): \(error)")
                    }
                }
                Console.error("""
                    Vigil demo is running.
                      web UI:          http://\(ListenAddress(host: host, port: port))/   (login: admin / \(password))
                      REST API:        curl -H 'Authorization: Bearer \(apiToken)' http://\(ListenAddress(host: host, port: port))/api/v1/alerts
                      ingestion:       System Log polling, Event Hook\(eventBridge == nil ? "" : ", Log Streaming to EventBridge")
                      EventBridge:     \(eventBridge?.summary ?? off)
                      simulated org:   \(simulatorURL)   (an attack scenario every \(Int(scenarioEvery)) s)
                      data directory:  \(directory.path)
                    Alerts appear within a minute or two. Ctrl-C stops everything.
                    """)
            }
        } catch {
            await simulator.stop()
            Console.error("the demo could not start: \(error)")
            throw ExitStatus.failure
        }
        await simulator.stop()
    }
}
