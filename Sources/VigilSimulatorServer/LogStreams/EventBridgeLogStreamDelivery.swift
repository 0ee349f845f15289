import VigilAWS

/// Delivers the simulated org's log streams to Amazon EventBridge (or an AWS-compatible server) with VigilAWS's
/// SigV4 client, entry for entry as Okta's EventBridge log stream writes them.
///
/// In AWS each Okta log stream feeds a partner event bus named after its source
/// (`aws.partner/okta.com/<org>/<eventSourceName>`), which is the default bus here. Local servers such as moto
/// refuse `/` in bus names, so `busName` can map a source to a plain custom bus the operator's rule listens on.
public struct EventBridgeLogStreamDelivery: LogStreamTransport {
    public let client: EventBridgeClient
    /// The bus an entry with this partner source goes to.
    public let busName: @Sendable (_ source: String) -> String

    public init(client: EventBridgeClient, busName: @escaping @Sendable (_ source: String) -> String = { $0 }) {
        self.client = client
        self.busName = busName
    }

    /// Puts the entries, grouped by stream; throws unless EventBridge accepted every one, so the dispatcher
    /// retries and, after a second failure, deactivates the stream as Okta does.
    public func putEvents(_ entries: [PutEventsEntry]) async throws {
        var sources: [String] = []
        var bySource: [String: [[UInt8]]] = [:]
        for entry in entries {
            if bySource[entry.source] == nil { sources.append(entry.source) }
            bySource[entry.source, default: []].append(entry.detail)
        }
        for source in sources {
            let transport = EventBridgeLogStreamTransport(client: client, eventBusName: busName(source), source: source)
            try await transport.deliver(bySource[source] ?? []).requireAllAccepted()
        }
    }
}
