import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import ServiceLifecycle
import VigilConfig
import VigilIngest

extension VigilService {
    /// Runs with a router of Hummingbird's basic context. Returns after a graceful shutdown (SIGTERM, SIGINT).
    public func run(onListening: @escaping @Sendable (String, Int) -> Void = { _, _ in }) async throws {
        try await run(router: Router(context: BasicRequestContext.self), onListening: onListening)
    }

    /// Adds the service's routes to `router` (which may carry other routes, with the caller's own context) and
    /// runs until a graceful shutdown. `onListening` gets the bound host and port (useful with port 0).
    public func run<Context: RequestContext>(router: Router<Context>, onListening: @escaping @Sendable (String, Int) -> Void = { _, _ in }) async throws
    where Context: InitializableFromSource<ApplicationRequestContextSource> {
        addRoutes(to: router)
        // Last, so that it stops first: no new requests while the pipeline drains.
        try await runGroup(ingestionServices() + [.init(service: makeApplication(router: router, onListening: onListening))])
    }

    /// Runs the pipeline and the sources without an HTTP server (for embedding and tests, which serve the routes
    /// from `addRoutes` themselves). Returns after a graceful shutdown or cancellation.
    public func runIngestion() async throws {
        try await runGroup(ingestionServices())
    }

    private func ingestionServices() -> [ServiceGroupConfiguration.ServiceConfiguration] {
        // Services shut down in reverse order: these stop after the pipeline has handed them its last alerts.
        // The schedule stops before the notifier it sends through, after the pipeline.
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = (dependentServices + scheduledServices).map { .init(service: $0) } + [
            .init(service: PipelineService(pipeline: pipeline, readiness: readiness), successTerminationBehavior: .gracefullyShutdownGroup),
            // Stops before the pipeline, after the sources: what hooks left in the inbox is committed first.
            .init(service: InboxService(inbox: inbox), successTerminationBehavior: .gracefullyShutdownGroup),
            .init(service: RemovalWatcher(check: { [store] in Set(try store.removedIntegrations().keys) }, removals: removals,
                                          interval: components.removalCheckInterval, logger: logger)),
        ]
        for inventory in inventories {
            services.append(.init(service: InventoryService(sync: inventory, removals: removals),
                                  successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore))
        }
        for source in sources {
            let sink: any EventSink = source.path == .hook ? inbox : pipeline
            let service = SourceService(source: source, sink: sink, status: pipeline.status, removals: removals, readiness: readiness, logger: logger)
            services.append(.init(service: service, successTerminationBehavior: .ignore, failureTerminationBehavior: .gracefullyShutdownGroup))
        }
        return services
    }

    private func runGroup(_ services: [ServiceGroupConfiguration.ServiceConfiguration]) async throws {
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            try? store.close()
            throw error
        }
        try store.close()
        logger.notice("stopped; everything acknowledged is stored")
    }

    /// Adds health, metrics and hook routes.
    public func addRoutes<Context: RequestContext>(to router: Router<Context>) {
        router.addHealthRoutes(readiness: readiness)
        if let registry = components.metrics { router.addMetricsRoute(registry: registry) }
        router.addHookRoutes(receiver: hookReceiver)
    }

    func makeApplication<Context: RequestContext>(router: Router<Context>, onListening: @escaping @Sendable (String, Int) -> Void) throws
    -> some Service where Context: InitializableFromSource<ApplicationRequestContextSource> {
        let listen = configuration.listen
        let server: HTTPServerBuilder
        if let tls = configuration.tls {
            let chain = try NIOSSLCertificate.fromPEMFile(tls.certificateFile).map { NIOSSLCertificateSource.certificate($0) }
            let key = try NIOSSLPrivateKey(file: tls.keyFile, format: .pem)
            server = try .tls(.http1(), tlsConfiguration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
        } else {
            server = .http1()
        }
        let logger = self.logger, scheme = configuration.tls == nil ? "http" : "https"
        return Application(
            router: router, server: server,
            configuration: ApplicationConfiguration(address: .hostname(listen.host, port: listen.port), serverName: "Vigil"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? listen.port
                logger.notice("listening", metadata: ["url": "\(scheme)://\(ListenAddress(host: listen.host, port: port))"])
                onListening(listen.host, port)
            },
            logger: logger)
    }
}
