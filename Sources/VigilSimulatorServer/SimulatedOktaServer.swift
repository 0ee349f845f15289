import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import VigilEvent
import VigilSimulator

/// A simulated Okta org served over HTTP like Okta's own: the System Log, the management APIs a responder uses,
/// OAuth 2.0 client credentials, event hooks and log streams, with live benign traffic and attacks on demand.
///
/// Run it as a `Service` (`vigil simulate serve`), or in-process from tests and other modules:
/// ```swift
/// let server = try await SimulatedOktaServer.start(configuration)   // port 0: a free port
/// let url = server.url                                              // http://127.0.0.1:54321
/// defer { Task { await server.stop() } }
/// ```
public final class SimulatedOktaServer: Service, Sendable {
    public let configuration: SimulatedOktaServerConfiguration
    let state: OrgState
    let credentials: CredentialStore
    private let logger: Logger
    private let bound = BoundAddress()
    /// The service group and task of a server started with `start(_:)`.
    private let background = Mutex<(group: ServiceGroup, task: Task<Void, any Error>)?>(nil)

    public init(configuration: SimulatedOktaServerConfiguration, logger: Logger = Logger(label: "vigil.simulator.server")) {
        self.configuration = configuration
        self.logger = logger
        state = OrgState(configuration: configuration)
        let org = SimulatedOrg(seed: configuration.seed, users: configuration.users)
        let tokenId = org.apiTokens.first?.id ?? "00T" + String(repeating: "0", count: 14) + org.cell
        credentials = CredentialStore(apiTokens: Dictionary(configuration.apiTokens.map { ($0, tokenId) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Starts a server in the background and returns once it listens.
    public static func start(_ configuration: SimulatedOktaServerConfiguration,
                             logger: Logger = Logger(label: "vigil.simulator.server")) async throws -> SimulatedOktaServer {
        let server = SimulatedOktaServer(configuration: configuration, logger: logger)
        let group = ServiceGroup(configuration: .init(services: [server], logger: logger))
        let task = Task { try await group.run() }
        server.background.withLock { $0 = (group, task) }
        do {
            _ = try await server.bound.waitForPort()
        } catch {
            task.cancel()
            throw error
        }
        return server
    }

    /// Stops a server started with `start(_:)` and waits until it has.
    public func stop() async {
        guard let (group, task) = background.withLock({ $0 }) else { return }
        await group.triggerGracefulShutdown()
        _ = await task.result
    }

    /// The port the server listens on (nil until it does).
    public var port: Int? { bound.port }

    /// The org URL clients use: the configured public URL, or `http://<host>:<port>`.
    public var url: String { configuration.publicURL ?? "http://\(configuration.host):\(port ?? configuration.port)" }

    /// Waits until the server listens and returns its port.
    public func waitUntilRunning() async throws -> Int { try await bound.waitForPort() }

    /// Registers (or replaces) an OAuth 2.0 client; throws when its JWKS does not parse.
    public func register(_ client: OAuthClientRegistration) async throws { try await credentials.register(client) }

    /// Plays an attack scenario from now, merged into the live traffic.
    public func trigger(scenario name: String) async throws -> ScenarioRun { try await state.trigger(scenario: name) }

    /// Every event the System Log has made visible so far, in persistence order: ground truth for loss tests.
    public func emittedEvents() async -> [EmittedEvent] {
        await state.advance()
        return await state.emitted()
    }

    /// The org's subdomain (`acme-1a2b`), as its events' URLs name it.
    public var orgSubdomain: String { SimulatedOrg(seed: configuration.seed, users: 1).subdomain }

    /// Serves until cancelled or asked to shut down gracefully.
    public func run() async throws {
        for client in configuration.oauthClients { try await credentials.register(client) }
        let http = HTTPClient.shared
        let env = ServerEnvironment(state: state, auth: SSWSAuthenticator(credentials: credentials), baseURL: { [self] in url },
                                    hookClient: EventHookClient(http: http, timeout: configuration.hookTimeout))
        let (hookBatches, hookInput) = AsyncStream.makeStream(of: [StoredEvent].self)
        let (streamBatches, streamInput) = AsyncStream.makeStream(of: [StoredEvent].self)
        await state.addObserver { batch in
            hookInput.yield(batch)
            streamInput.yield(batch)
        }
        let hooks = EventHookDispatcher(state: state, client: env.hookClient, window: configuration.hookBatchWindow, baseURL: env.baseURL)
        let streams = LogStreamDispatcher(state: state, transport: configuration.logStreamTransport)
        let app = Application(router: makeRouter(env),
                              configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "nginx"),
                              onServerRunning: { [bound] channel in bound.set(port: channel.localAddress?.port ?? 0) },
                              logger: logger)
        defer {
            hookInput.finish()
            streamInput.finish()
        }
        // Hummingbird's own service group shuts down gracefully with ours; when it has, the loops stop.
        try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.run() }
                group.addTask { await hooks.run(hookBatches) }
                group.addTask { await streams.run(streamBatches) }
                group.addTask { [state = self.state] in await LiveTraffic.run(state) }
                if let every = self.configuration.scenarioEvery {
                    group.addTask { [self] in await LiveTraffic.playScenarios(every: every, server: self) }
                }
                do {
                    try await group.next()
                } catch {
                    self.bound.fail(error)
                    throw error
                }
                group.cancelAll()
        }
    }

    private func makeRouter(_ env: ServerEnvironment) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(configuration: configuration.rateLimits)))
        let tokenEndpoint = OAuthTokenEndpoint(credentials: credentials, tokenURL: { [self] in url + "/oauth2/v1/token" },
                                               issued: { [state] clientId, scopes in await state.logTokenGrant(clientId: clientId, scopes: scopes) })
        router.post("/oauth2/v1/token") { request, _ in try await tokenEndpoint.handle(request) }
        LogRoutes(env: env).register(on: router)
        UserRoutes(env: env).register(on: router)
        LifecycleRoutes(env: env).register(on: router)
        DirectoryRoutes(env: env).register(on: router)
        EventHookRoutes(env: env).register(on: router)
        LogStreamRoutes(env: env).register(on: router)
        SimulatorRoutes(env: env).register(on: router)
        return router
    }
}

/// The port once bound, and the callers waiting for it.
final class BoundAddress: Sendable {
    /// Why the server could not start.
    struct StartFailure: Error, CustomStringConvertible {
        let description: String
    }

    private let state = Mutex<(port: Int?, error: String?, waiters: [CheckedContinuation<Int, any Error>])>((nil, nil, []))

    var port: Int? { state.withLock { $0.port } }

    func set(port: Int) {
        let waiters = state.withLock { s in
            s.port = port
            defer { s.waiters = [] }
            return s.waiters
        }
        waiters.forEach { $0.resume(returning: port) }
    }

    func fail(_ error: any Error) {
        let waiters = state.withLock { s in
            s.error = "\(error)"
            defer { s.waiters = [] }
            return s.port == nil ? s.waiters : []
        }
        waiters.forEach { $0.resume(throwing: error) }
    }

    func waitForPort() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Int, StartFailure>? = state.withLock { s in
                if let port = s.port { return .success(port) }
                if let error = s.error { return .failure(StartFailure(description: error)) }
                s.waiters.append(continuation)
                return nil
            }
            if let ready { continuation.resume(with: ready.mapError { $0 as any Error }) }
        }
    }
}
