import Foundation
import VigilAWS
import VigilConfig
import VigilOkta
import VigilSimulatorServer

/// The live demo's third ingestion path, Okta Log Streaming to AWS EventBridge, on an AWS-compatible server: moto
/// started here as a child process, or a server the user names. The simulated org streams its System Log to a bus
/// whose rule fills an SQS queue, which the service's EventBridge source reads — as in AWS, where the bus would be
/// the partner bus named after the log stream (moto refuses `/` in bus names, so the demo's bus has a plain name).
struct DemoEventBridge: Sendable {
    let aws: AWSClient
    let bus: String
    let queueURL: String
    /// The moto child, when the demo started one.
    let server: LocalAWSServer?

    /// Where the service's EventBridge source finds its AWS credentials (as from a deployment's environment).
    static let accessKeyIDVariable = "VIGIL_DEMO_AWS_ACCESS_KEY_ID"
    static let secretAccessKeyVariable = "VIGIL_DEMO_AWS_SECRET_ACCESS_KEY"
    static let sessionTokenVariable = "VIGIL_DEMO_AWS_SESSION_TOKEN"
    static let endpointVariable = "VIGIL_DEMO_AWS_ENDPOINT"
    /// The account moto serves by default; the log stream names it as Okta's wizard asks for one.
    static let accountID = "123456789012"
    static let region = "us-east-1"
    /// What the banner says when the path is off.
    static let howToTurnOn = "install moto (pip install 'moto[server]', so moto_server is on PATH or in ./.venv/bin) "
        + "or give --aws-endpoint URL (or \(endpointVariable))"

    /// Sets the path up on `endpoint`, or on moto started here when `endpoint` is nil; nil when there is neither.
    /// moto's output goes to `logDirectory/moto.log`.
    static func start(endpoint: URL?, logDirectory: URL) async throws -> DemoEventBridge? {
        var server: LocalAWSServer?
        if endpoint == nil {
            guard let moto = LocalAWSServer.find() else { return nil }
            try FileManager.default.createDirectory(at: logDirectory, withIntermediateDirectories: true)
            server = try await LocalAWSServer.start(executable: moto, logFile: logDirectory.appendingPathComponent("moto.log"))
        }
        do {
            // moto accepts any credentials, so the local one never sees the user's; a server they name gets their own
            // from the environment, as the AWS CLI would send them.
            let credentials = (endpoint == nil ? nil : AWSCredentials.fromEnvironment())
                ?? AWSCredentials(accessKeyID: "AKIDVIGILDEMO", secretAccessKey: "vigil-demo")
            setenv(accessKeyIDVariable, credentials.accessKeyID, 1)
            setenv(secretAccessKeyVariable, credentials.secretAccessKey, 1)
            if let token = credentials.sessionToken { setenv(sessionTokenVariable, token, 1) }
            let aws = AWSClient(credentials: credentials, region: region, endpoint: endpoint ?? server?.endpoint, timeout: .seconds(10),
                                retry: AWSRetryPolicy(maximumAttempts: 3))
            // Names of their own, so a second demo on the same server does not collide with the first.
            let run = "vigil-demo-\(UUID().uuidString.prefix(8).lowercased())"
            let queueURL = try await EventBridgeClient(aws: aws).makeLogStreamQueue(bus: run, queue: run, rule: "\(run)-okta-systemlog",
                                                                                   sqs: SQSClient(aws: aws))
            return DemoEventBridge(aws: aws, bus: run, queueURL: queueURL, server: server)
        } catch {
            await server?.stop()
            throw error
        }
    }

    /// The simulated org's log stream deliveries, onto the demo's bus.
    var transport: EventBridgeLogStreamDelivery {
        let bus = bus
        // moto takes up to a second per event it routes to SQS on a busy machine, and a call carries ten; a timeout
        // would count as a failed delivery, and two deactivate the stream as Okta does.
        var patient = aws
        patient.timeout = .seconds(60)
        return EventBridgeLogStreamDelivery(client: EventBridgeClient(aws: patient), busName: { _ in bus })
    }

    /// The service's EventBridge source for the integration: the queue, on the same server.
    var settings: IntegrationConfiguration.EventBridge {
        IntegrationConfiguration.EventBridge(queueURL: queueURL, region: Self.region, accessKeyIDEnv: Self.accessKeyIDVariable,
                                             secretAccessKeyEnv: Self.secretAccessKeyVariable, sessionTokenEnv: Self.sessionTokenVariable,
                                             endpoint: aws.endpoint?.absoluteString)
    }

    /// Turns on the org's log stream, as its admin would in Okta; its event source name is the integration id.
    func startLogStream(okta: OktaClient, integrationID: String) async throws {
        let stream = try await okta.createEventBridgeLogStream(name: "Vigil demo", accountID: Self.accountID, region: Self.region,
                                                               eventSourceName: integrationID)
        guard stream.status == "ACTIVE" else {
            throw Inactive(status: stream.status)
        }
    }

    /// For the banner.
    var summary: String {
        let origin = server == nil ? "the AWS-compatible server at" : "moto started by the demo at"
        return "on — \(origin) \(aws.endpoint?.absoluteString ?? "AWS"), bus \(bus) → rule → SQS queue \(bus)"
    }

    /// Okta left the new log stream inactive.
    struct Inactive: Error, CustomStringConvertible {
        let status: String?
        var description: String { "the org's log stream is \(status ?? "in no state"), not ACTIVE" }
    }

    func stop() async {
        await server?.stop()
    }
}
