import Foundation
import Hummingbird
import HummingbirdTLS
import Logging
import Prometheus
import ServiceLifecycle
import VigilConfig
import VigilDetect
import VigilIngest
import VigilSchedule
import VigilStore

/// The ingestion service: the HTTP server (hooks, health, metrics, and whatever routes are added), the pipeline,
/// and one service per integration source, run by a `ServiceGroup` that shuts down gracefully on SIGTERM/SIGINT —
/// the server stops taking requests and finishes those in flight, sources stop, the pipeline commits what it
/// accepted, status is saved and the store closed.
public final class VigilService: Sendable {
    public let configuration: VigilConfiguration
    public let store: EventStore
    public let pipeline: IngestPipeline
    /// Where hook deliveries are written before they are acknowledged, on their way to the pipeline.
    public let inbox: DeliveryInbox
    public let hookReceiver: HookReceiver
    public let readiness = Readiness()
    public let removals: IntegrationRemovals
    /// One Okta client (and rate-limit budget) per integration, for everything the service asks Okta.
    public let oktaClients: OktaClients
    let sources: [any IngestSource]
    let inventories: [InventorySync]
    let dependentServices: [any Service]
    /// The hourly analysis and the daily cycle.
    let scheduledServices: [any Service]
    let components: Components
    let logger: Logger

    /// The parts other modules plug in.
    public struct Components: Sendable {
        /// Where integrations' sources come from: Event Hooks, System Log polling and the EventBridge/SQS consumer.
        public var sourceFactories: [any IngestSourceFactory] = [HookSourceFactory(), PollSourceFactory(), EventBridgeSourceFactory()]
        /// Replaces the rule stage built from `detection:` (a stateful engine, for instance).
        public var detection: (any DetectionStage)?
        /// Notified of every alert after it is saved.
        public var alertSinks: [any AlertSink] = []
        /// Served at `/metrics` (normally `VigilMetrics.registry`); none means no route.
        public var metrics: PrometheusCollectorRegistry?
        public var environment = ProcessInfo.processInfo.environment
        public var pipelineOptions = IngestPipeline.Options()
        public var inboxOptions = DeliveryInbox.Options()
        public var removalCheckInterval: Duration = .seconds(2)
        /// Parts that need the open store (notifications, for one): each may add an alert sink and a service to run.
        public var storeDependents: [@Sendable (EventStore) throws -> StoreDependent] = []
        /// The hourly analysis and the daily cycle (`schedule:`).
        public var schedule = ScheduleConfiguration()
        /// Overrides `schedule`'s intervals (tests run cycles in milliseconds).
        public var scheduleIntervals: (hourly: Duration, daily: Duration)?

        public init() {}
    }

    /// What a store-dependent part adds to the service.
    public struct StoreDependent: Sendable {
        public var alertSink: (any AlertSink)?
        /// Runs with the service and stops after the pipeline has drained (so it sees the last alerts).
        public var service: (any Service)?
        /// Sent the digest at the end of each hourly analysis.
        public var digest: (any DigestSender)?

        public init(alertSink: (any AlertSink)? = nil, service: (any Service)? = nil, digest: (any DigestSender)? = nil) {
            self.alertSink = alertSink
            self.service = service
            self.digest = digest
        }
    }

    /// Opens the store, loads the rules and builds every integration's sources; throws `ServiceError` with all
    /// that prevents starting.
    public init(configuration: VigilConfiguration, components: Components = Components(), logger: Logger = Logger(label: "vigil")) throws {
        self.configuration = configuration
        self.components = components
        self.logger = logger
        var storeConfiguration = StoreConfiguration()
        storeConfiguration.upgradeProgress = { logger.notice("\($0)") }
        let store = try EventStore(directory: URL(fileURLWithPath: configuration.dataDirectory), configuration: storeConfiguration)
        let detection: any DetectionStage
        do {
            detection = try components.detection ?? Self.engineStage(configuration.detection, store: store, logger: logger)
        } catch {
            try? store.close()
            throw error
        }
        let dependents: [StoreDependent]
        do {
            dependents = try components.storeDependents.map { try $0(store) }
        } catch {
            try? store.close()
            throw error
        }
        dependentServices = dependents.compactMap(\.service)
        let alertSinks = components.alertSinks + dependents.compactMap(\.alertSink)
        scheduledServices = Self.scheduled(components, store: store, detection: detection, sinks: alertSinks,
                                           digests: dependents.compactMap(\.digest), logger: logger)
        let pipeline = try IngestPipeline(store: store, detection: detection, alertSinks: alertSinks,
                                          options: components.pipelineOptions, logger: logger)
        let inbox: DeliveryInbox
        do {
            inbox = try DeliveryInbox(directory: URL(fileURLWithPath: configuration.dataDirectory).appendingPathComponent("inbox/hooks"),
                                      sink: pipeline, plan: detection.plan, options: components.inboxOptions, logger: logger)
        } catch {
            try? store.close()
            throw ServiceError(problems: ["inbox: \(error)"])
        }
        let hookReceiver = HookReceiver(plan: detection.plan, maxBodyBytes: configuration.maxHookBodyBytes, logger: logger)
        let removed = try store.removedIntegrations()
        self.store = store
        self.pipeline = pipeline
        self.inbox = inbox
        self.hookReceiver = hookReceiver
        removals = IntegrationRemovals(removed: Set(removed.keys))
        let oktaClients = OktaClients(environment: components.environment, logger: logger)
        self.oktaClients = oktaClients
        let context = SourceContext(store: store, plan: detection.plan, hookReceiver: hookReceiver,
                                    environment: components.environment, logger: logger, oktaClients: oktaClients)
        var sources: [any IngestSource] = [], problems: [String] = [], inventories: [InventorySync] = []
        for integration in configuration.integrations {
            if removed[integration.id] != nil {
                logger.notice("skipping an integration removed with `vigil integrations remove` (`vigil integrations restore` resumes it)",
                              metadata: ["integration": "\(integration.id)"])
                continue
            }
            for factory in components.sourceFactories {
                do {
                    sources += try factory.makeSources(for: integration, context: context)
                } catch {
                    problems.append("integrations \(integration.id): \(error)")
                }
            }
            do {
                if let inventory = try Self.inventorySync(integration, clients: oktaClients, store: store, logger: logger) {
                    inventories.append(inventory)
                }
            } catch {
                problems.append("integrations \(integration.id): \(error)")
            }
            let provided = components.sourceFactories.reduce(into: Set<IngestPath>()) { $0.formUnion($1.paths) }
            for (path, wanted) in [(IngestPath.poll, integration.poll.enabled), (.eventBridge, integration.eventBridge != nil)]
            where wanted && !provided.contains(path) {
                logger.warning("this build has no \(path.rawValue) source; that path of the integration is not ingested",
                               metadata: ["integration": "\(integration.id)"])
                pipeline.status.recordError(integration.id, path, "not ingested: this build of Vigil has no \(path.rawValue) source")
            }
        }
        guard problems.isEmpty else {
            try? store.close()
            // The poller and the inventory share a client: a credential problem is reported once.
            throw ServiceError(problems: problems.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
        }
        self.sources = sources
        self.inventories = inventories
        readiness.block("pipeline", reason: "not started")
        for source in sources { readiness.block("source \(source.integrationID)/\(source.path.rawValue)", reason: "not started") }
    }

    /// The integration's scheduled inventory sync, when enabled and it has a credential to call Okta with.
    static func inventorySync(_ integration: IntegrationConfiguration, clients: OktaClients, store: EventStore,
                              logger: Logger) throws -> InventorySync? {
        guard integration.inventory.enabled, integration.credential != nil else { return nil }
        return InventorySync(integrationID: integration.id, client: try clients.client(for: integration), store: store,
                             interval: .milliseconds(Int64(integration.inventory.intervalSeconds * 1000)), logger: logger)
    }

    /// The full engine (rules, correlations, analytics) with the `detection:` section's tuning.
    static func engineStage(_ detection: DetectionConfiguration, store: EventStore, logger: Logger) throws -> EngineDetectionStage {
        let ruleSet: RuleSet
        do throws(RuleSetError) {
            ruleSet = try RuleSet(directories: detection.rulesDirectory.map { [URL(fileURLWithPath: $0)] } ?? [], managed: true)
        } catch {
            throw ServiceError(problems: error.problems.map { "detection: \($0)" })
        }
        let tuning: DetectionTuning
        do {
            tuning = try detection.decode(DetectionTuning.self)
        } catch {
            throw ServiceError(problems: ["detection: \(error)"])
        }
        return EngineDetectionStage(engine: DetectionEngine(ruleSet: ruleSet), store: store, tuning: TuningFilter(tuning: tuning),
                                    disabled: Set(detection.disabledRules), logger: logger)
    }
}

/// What keeps the service from starting, all at once.
public struct ServiceError: Error, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
