import ArgumentParser
import Foundation
import VigilAWS
import VigilSimulator
import VigilSimulatorServer

/// `vigil simulate serve`: a simulated Okta org over HTTP, with live traffic, until SIGINT or SIGTERM.
struct SimulateServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a simulated Okta org over HTTP: System Log, management APIs, OAuth, event hooks, log streams.",
        discussion: """
            Benign traffic plays live (and attack scenarios on request) until SIGINT or SIGTERM. Clients call it \
            as they call Okta: `Authorization: SSWS <--api-token>`, or OAuth access tokens from /oauth2/v1/token for \
            the clients registered with --oauth-client, --service-integration or --config. Trigger an attack with \
            `vigil simulate trigger --org URL --api-token T NAME`.

            \(ExitStatus.help)
            """)

    @Option(help: "Address and port to listen on (port 0 picks a free one).") var listen = "127.0.0.1:8181"
    @Option(help: "Seed of the simulated org and its traffic.") var seed: UInt64 = 1
    @Option(help: "Number of users in the simulated org.") var users = 500
    @Option(name: .customLong("api-token"), help: "SSWS API token clients must send (repeat for several).") var apiTokens: [String] = []
    @Option(help: "Benign events per wall-clock second, averaged over the week (default: about 0.05 per user per simulated minute).") var rate: Double?
    @Flag(help: "Keep the rate steady rather than following users' working hours (busy weekday afternoons, quiet Sundays); for load tests.") var flatRate = false
    @Option(help: "Simulated seconds per wall-clock second.") var timeCompression: Double = 1
    @Option(help: "Seconds between an event's `published` and when polling can see it.") var ingestionDelay: Double = 0
    @Flag(help: "Vary the ingestion delay per event so persistence order differs from `published` order.") var outOfOrder = false
    @Option(help: "Play an attack scenario every so many seconds.") var scenarioEvery: Double?
    @Option(help: "Simulated seconds of history to generate at start.") var backfill: Double = 900
    @Option(help: "Requests per minute allowed on /api/v1/logs.") var logsRateLimit = 120
    @Option(name: .customLong("oauth-client"), help: "A service app: ID:JWKS_FILE:SCOPES (scopes comma-separated), signing client assertions (private_key_jwt).")
    var oauthClients: [String] = []
    @Option(name: .customLong("service-integration"), help: "An API Service Integration: ID:SECRET1[,SECRET2]:SCOPES (client_secret_basic).")
    var serviceIntegrations: [String] = []
    @Option(help: "A YAML file of OAuth clients (oauthClients, serviceIntegrations).") var config: String?
    @Option(help: "The URL clients reach this server at, when not http://<listen> (e.g. behind a proxy).") var publicURL: String?
    @Option(help: "Deliver active log streams to this EventBridge endpoint (SigV4 with AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY; e.g. a local moto server).")
    var eventbridgeEndpoint: String?
    @Option(help: "Put log-stream events on this event bus instead of the partner bus named after the source (moto refuses '/' in names).")
    var eventbridgeBus: String?

    func validate() throws {
        guard users >= 1 else { throw ValidationError("--users must be at least 1") }
        guard !apiTokens.isEmpty || !oauthClients.isEmpty || !serviceIntegrations.isEmpty || config != nil else {
            throw ValidationError("give --api-token (or OAuth clients): the org accepts no unauthenticated calls")
        }
        guard timeCompression > 0, rate.map({ $0 > 0 }) ?? true, ingestionDelay >= 0, backfill >= 0 else {
            throw ValidationError("--time-compression and --rate must be positive; --ingestion-delay and --backfill not negative")
        }
        _ = try address()
    }

    private func address() throws -> (host: String, port: Int) {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port) else {
            throw ValidationError("--listen must be HOST:PORT, got '\(listen)'")
        }
        return (String(listen[..<colon]), port)
    }

    func run() async throws {
        var configuration = SimulatedOktaServerConfiguration(seed: seed, users: users, apiTokens: apiTokens)
        (configuration.host, configuration.port) = try address()
        configuration.eventsPerSecond = rate
        configuration.weeklyRhythm = !flatRate
        configuration.timeCompression = timeCompression
        configuration.ingestionDelay = ingestionDelay
        configuration.outOfOrder = outOfOrder
        configuration.scenarioEvery = scenarioEvery
        configuration.backfill = backfill
        configuration.rateLimits.perMinute["/api/v1/logs"] = logsRateLimit
        configuration.publicURL = publicURL
        do {
            configuration.oauthClients = try oauthClients.map(OAuthClientRegistration.serviceApp(option:))
                + serviceIntegrations.map(OAuthClientRegistration.serviceIntegration(option:))
                + (config.map(OAuthClientRegistration.load(yamlFile:)) ?? [])
        } catch {
            Console.error("vigil simulate serve: \(error)")
            throw ExitStatus.failure
        }
        if let endpoint = eventbridgeEndpoint {
            guard let url = URL(string: endpoint), let credentials = AWSCredentials.fromEnvironment() else {
                throw ValidationError("--eventbridge-endpoint needs a URL, and AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY set")
            }
            let region = ProcessInfo.processInfo.environment["AWS_REGION"] ?? "us-east-1"
            let client = EventBridgeClient(aws: AWSClient(credentials: credentials, region: region, endpoint: url))
            let bus = eventbridgeBus
            configuration.logStreamTransport = EventBridgeLogStreamDelivery(client: client, busName: { bus ?? $0 })
        }
        let server = SimulatedOktaServer(configuration: configuration)
        let announce = Task {
            let port = try await server.waitUntilRunning()
            let url = configuration.publicURL ?? "http://\(configuration.host):\(port)"
            Console.out("Simulated Okta org \(server.orgSubdomain) (\(users) users, seed \(seed)) at \(url)")
            Console.out("System Log: \(url)/api/v1/logs   Stop with Ctrl-C.")
        }
        do {
            try await server.runUntilTerminated()
        } catch {
            announce.cancel()
            Console.error("vigil simulate serve: \(error)")
            throw ExitStatus.failure
        }
    }
}
