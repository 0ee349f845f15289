import Foundation
import Logging
import VigilAWS
import VigilConfig
import VigilEvent
import VigilIngest

/// Okta Log Streaming to AWS EventBridge, read from the SQS queue an EventBridge rule targets, for integrations
/// with an `eventbridge` section.
public struct EventBridgeSourceFactory: IngestSourceFactory {
    public init() {}

    public var paths: Set<IngestPath> { [.eventBridge] }

    public func makeSources(for integration: IntegrationConfiguration, context: SourceContext) throws -> [any IngestSource] {
        guard let settings = integration.eventBridge else { return [] }
        guard let credentials = AWSCredentials.fromEnvironment(
            context.environment, accessKeyIDVariable: settings.accessKeyIDEnv,
            secretAccessKeyVariable: settings.secretAccessKeyEnv, sessionTokenVariable: settings.sessionTokenEnv) else {
            throw ServiceError(problems: [
                "integrations \(integration.id).eventbridge: set AWS credentials in $\(settings.accessKeyIDEnv) and $\(settings.secretAccessKeyEnv)",
            ])
        }
        let aws = AWSClient(credentials: credentials, region: settings.region,
                            endpoint: settings.endpoint.flatMap(URL.init(string:)), logger: context.logger)
        return [EventBridgeSource(configuration: SQSEventSourceConfiguration(integrationID: integration.id, queueURL: settings.queueURL),
                                  sqs: SQSClient(aws: aws), deadLetters: context.store, plan: context.plan, logger: context.logger)]
    }
}

/// One integration's SQS consumer, made afresh on each (re)start with the pipeline as its sink.
struct EventBridgeSource: IngestSource {
    let configuration: SQSEventSourceConfiguration
    let sqs: SQSClient
    let deadLetters: any DeadLetterSink
    let plan: FieldPlan
    let logger: Logger

    var integrationID: String { configuration.integrationID }
    var path: IngestPath { .eventBridge }

    func run(sink: any EventSink, status: IngestStatusBoard) async throws {
        await SQSEventSource(configuration: configuration, sqs: sqs, sink: sink, deadLetters: deadLetters, plan: plan, logger: logger).run()
    }
}
