import Foundation
import Logging
import VigilConfig
import VigilEvent
import VigilIngest
import VigilOkta

/// System Log polling for integrations with `poll.enabled` and a credential.
public struct PollSourceFactory: IngestSourceFactory {
    public init() {}

    public var paths: Set<IngestPath> { [.poll] }

    public func makeSources(for integration: IntegrationConfiguration, context: SourceContext) throws -> [any IngestSource] {
        guard integration.poll.enabled else { return [] }
        let client = try context.oktaClients.client(for: integration)
        let configuration = SystemLogPollerConfiguration(backfill: integration.poll.backfillSeconds,
                                                         pollInterval: .milliseconds(Int(integration.poll.intervalSeconds * 1000)))
        return [PollSource(integrationID: integration.id, client: client, checkpoints: context.store,
                           configuration: configuration, plan: context.plan, logger: context.logger)]
    }
}

/// One integration's System Log poller, made afresh on each (re)start with the pipeline as its sink.
struct PollSource: IngestSource {
    let integrationID: String
    let client: OktaClient
    let checkpoints: any CheckpointReading
    let configuration: SystemLogPollerConfiguration
    let plan: FieldPlan
    let logger: Logger

    var path: IngestPath { .poll }

    func run(sink: any EventSink, status: IngestStatusBoard) async throws {
        let poller = SystemLogPoller(integrationID: integrationID, client: client, sink: sink, checkpoints: checkpoints,
                                     configuration: configuration, plan: plan, status: status, logger: logger)
        try await poller.run()
    }
}
