import Foundation
import Testing
import VigilAWS
import VigilAWSTesting
import VigilIngest
import VigilOkta
import VigilSimulatorServer
import VigilStore

/// Okta's log streaming end to end: the simulated org's `aws_eventbridge` log stream puts its events through
/// VigilAWS's SigV4 EventBridge client to moto, whose rule routes them to SQS, where `SQSEventSource` stores them.
@Suite("End to end: log streaming from the simulated org through EventBridge and SQS",
       .enabled(if: AWSTestServer.shouldRun, "needs VIGIL_TEST_AWS_ENDPOINT (scripts/test starts moto)"))
struct EndToEndLogStreamTests {
    /// Activates a log stream the way an admin does, through the Log Streams API.
    static func createLogStream(on server: SimulatedOktaServer) async throws {
        let client = try OktaClient(orgURL: try #require(URL(string: server.url)), credential: .apiToken(EndToEnd.apiToken),
                                    logger: quietLogger())
        let stream = try await client.createEventBridgeLogStream(name: "Vigil", accountID: "123456789012", region: "us-east-1",
                                                                 eventSourceName: "vigil-e2e")
        #expect(stream.status == "ACTIVE", "\(stream)")
    }

    @Test("every event the org persists after the stream is created is stored once")
    func everyStreamedEventOnce() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (bus, queueURL, aws) = try await AWSTestServer.makeLogStreamQueue()
        var configuration = EndToEnd.configuration()
        configuration.eventsPerSecond = 10
        configuration.weeklyRhythm = false
        // moto refuses `/` in bus names, so the partner source's events go to a plain bus with Okta's rule on it.
        configuration.logStreamTransport = EventBridgeLogStreamDelivery(client: EventBridgeClient(aws: aws), busName: { _ in bus })

        let source = SQSEventSource(configuration: SQSEventSourceConfiguration(integrationID: "e2e", queueURL: queueURL, waitSeconds: 1,
                                                                              retryDelay: .milliseconds(200)),
                                    sqs: SQSClient(aws: aws), sink: StoreSink(store: store), deadLetters: store)
        let receiving = Task { await source.run() }
        defer { receiving.cancel() }

        try await EndToEnd.withOrg(configuration) { server in
            try await Self.createLogStream(on: server)
            let streamedFrom = await server.emittedEvents().count
            let attack = try await server.trigger(scenario: "mfa-push-bombing")
            var truth: [EmittedEvent] = []
            let arrived = try await eventually(timeout: .seconds(90)) {
                if truth.isEmpty, try EndToEnd.missing(attack.uuids, in: store).isEmpty {
                    truth = Array(await server.emittedEvents().dropFirst(streamedFrom))
                }
                return try !truth.isEmpty && EndToEnd.missing(truth.map(\.uuid), in: store).isEmpty
            }
            // Stop reading first: the stream goes on, and the counts below must be of the same moment.
            receiving.cancel()
            await receiving.value
            let status = source.status
            let missing = try EndToEnd.missing(truth.map(\.uuid), in: store)
            #expect(arrived && missing.isEmpty, "missing \(missing.count) of \(truth.count); \(status)")
            #expect(truth.count > attack.uuids.count, "live traffic streamed too")
            // Stored once: nothing came twice or failed, and the store holds no more than the org emitted.
            #expect(status.duplicates == 0 && status.deadLetters == 0, "\(status)")
            #expect(try store.eventCount() == status.eventsStored)
            let emitted = await server.emittedEvents().count
            #expect(try store.eventCount() <= emitted)
            #expect(try store.eventCount() >= truth.count)
        }
    }
}
