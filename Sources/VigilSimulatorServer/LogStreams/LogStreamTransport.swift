import VigilEvent

/// One EventBridge `PutEvents` entry as Okta's log streaming writes it: one LogEvent per entry.
public struct PutEventsEntry: Sendable, Equatable {
    /// `aws.partner/okta.com/<org subdomain>/<eventSourceName>`.
    public let source: String
    /// Always `SystemLog`.
    public let detailType: String
    /// The LogEvent JSON.
    public let detail: [UInt8]
    public let time: Timestamp
    /// The AWS account and region the partner event source lives in.
    public let accountId: String
    public let region: String
}

/// Sends entries to Amazon EventBridge (`PutEvents`). The server takes one in its configuration; a SigV4
/// client plugs in here, tests use a recording or failing one. Throwing means the delivery failed.
public protocol LogStreamTransport: Sendable {
    func putEvents(_ entries: [PutEventsEntry]) async throws
}
