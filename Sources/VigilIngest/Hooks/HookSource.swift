/// The Event Hooks path of one integration. It is passive — Okta pushes to the receiver — so running it means
/// keeping the integration's endpoint open: from start until cancellation (shutdown, or the integration's
/// removal), after which its deliveries get 404.
public struct HookSource: IngestSource {
    public let endpoint: HookEndpoint
    public let receiver: HookReceiver

    public init(endpoint: HookEndpoint, receiver: HookReceiver) {
        self.endpoint = endpoint
        self.receiver = receiver
    }

    public var integrationID: String { endpoint.integrationID }
    public var path: IngestPath { .hook }

    public func run(sink: any EventSink, status: IngestStatusBoard) async throws {
        receiver.open(endpoint, sink: sink, status: status)
        defer { receiver.close(endpoint.integrationID) }
        while true { try await Task.sleep(for: .seconds(3600)) }
    }
}
