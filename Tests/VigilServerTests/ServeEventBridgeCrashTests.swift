import Foundation
import Testing
import VigilAWS
import VigilAWSTesting
import VigilOkta
import VigilSimulatorServer
import VigilStore

/// kill -9 during SQS consumption: the simulated org's log stream → EventBridge (moto) → rule → SQS → `vigil serve`.
/// A message is deleted only after its events are committed, so one received by a killed service reappears after
/// the queue's visibility timeout and is stored by the next run; events stored before the kill but not yet deleted
/// come again and are absorbed.
@Suite(.serialized, .enabled(if: AWSTestServer.shouldRun, "needs VIGIL_TEST_AWS_ENDPOINT (scripts/test starts moto)"))
struct ServeEventBridgeCrashTests {
    static let token = "crash-eventbridge-token"

    @Test func killMinus9DuringSQSConsumptionLosesNothing() async throws {
        // A short visibility timeout, so messages a killed run received come back within the test.
        let (bus, queueURL, aws) = try await AWSTestServer.makeLogStreamQueue(visibilityTimeout: 3)
        var org = SimulatedOktaServerConfiguration(seed: 29, users: 100, apiTokens: [Self.token])
        org.eventsPerSecond = 40
        org.weeklyRhythm = false
        org.logStreamTransport = EventBridgeLogStreamDelivery(client: EventBridgeClient(aws: aws), busName: { _ in bus })
        try await SimulatedOktaServer.withRunning(org, logger: ServeCrash.quietLogger) { server in
            let okta = try OktaClient(orgURL: try #require(URL(string: server.url)), credential: .apiToken(Self.token),
                                      logger: ServeCrash.quietLogger)
            let stream = try await okta.createEventBridgeLogStream(name: "Vigil", accountID: "123456789012",
                                                                   region: "us-east-1", eventSourceName: "vigil-crash")
            let streamedFrom = await server.emittedEvents().count
            try await Self.crashAndRecover(server, queueURL: queueURL, streamedFrom: streamedFrom)
            #expect(try await okta.logStream(try #require(stream.id)).status == "ACTIVE",
                    "the org deactivated the stream (its log says why: system.log_stream.lifecycle.deactivate), so it did not stream all it emitted")
        }
    }

    static func crashAndRecover(_ server: SimulatedOktaServer, queueURL: String, streamedFrom: Int) async throws {
        let dir = HookFixtures.temporaryDirectory("sqs-kill9")
        defer { try? FileManager.default.removeItem(at: dir) }
        let endpoint = try #require(AWSTestServer.endpoint)
        let crash = try ServeCrash(directory: dir,
                                   integration: ["id: crash", "org_url: \(server.url)", "poll: {enabled: false}",
                                                 #"eventbridge: {queue_url: "\#(queueURL)", region: us-east-1, endpoint: "\#(endpoint.absoluteString)"}"#],
                                   environment: ["AWS_ACCESS_KEY_ID": "AKIDVIGILTEST", "AWS_SECRET_ACCESS_KEY": "vigil-test-secret",
                                                 "AWS_SESSION_TOKEN": ""])
        let counts = try await crash.killRepeatedly(rounds: 3, step: 60...200)
        let truth = try await crash.recover { await server.emittedEvents().dropFirst(streamedFrom).map(\.uuid) }
        // Every stored event came through the stream, so it carried at least what the killed runs stored.
        #expect(truth.count >= max(counts.last ?? 0, 180), "the stream carried only \(truth.count) events")
        try crash.expectExactlyOnce(truth: truth, emitted: Set(await server.emittedEvents().map(\.uuid)))
        try crash.store.close()
    }
}
