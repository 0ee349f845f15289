import Logging
import VigilConfig
import VigilEvent
import VigilIngest
import VigilStore

/// Makes an integration's sources from its configuration. The service asks every factory for every integration;
/// each contributes the paths it implements: hooks here, the System Log poller (`VigilOkta`) and the
/// EventBridge/SQS consumer (`VigilAWS`) from their modules.
public protocol IngestSourceFactory: Sendable {
    /// The paths this factory provides, so the service can say which configured paths this build cannot serve.
    var paths: Set<IngestPath> { get }
    func makeSources(for integration: IntegrationConfiguration, context: SourceContext) throws -> [any IngestSource]
}

/// What factories may use to build sources.
public struct SourceContext: Sendable {
    public var store: EventStore
    /// The plan events should be read with (the detection stage's).
    public var plan: FieldPlan
    public var hookReceiver: HookReceiver
    public var environment: [String: String]
    public var logger: Logger
    /// The integrations' Okta clients: use these so every call to an org shares its rate-limit budget.
    public var oktaClients: OktaClients
}

/// Event Hooks for integrations with `hooks.enabled`.
public struct HookSourceFactory: IngestSourceFactory {
    public init() {}

    public var paths: Set<IngestPath> { [.hook] }

    public func makeSources(for integration: IntegrationConfiguration, context: SourceContext) throws -> [any IngestSource] {
        guard integration.hooks.enabled, let reference = integration.hooks.secret else { return [] }
        let endpoint = HookEndpoint(integrationID: integration.id, authHeader: integration.hooks.authHeader,
                                    secret: try reference.resolve(environment: context.environment))
        return [HookSource(endpoint: endpoint, receiver: context.hookReceiver)]
    }
}
