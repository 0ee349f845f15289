import VigilEvent

/// Input that could not be read as events (a malformed message, an envelope without a LogEvent), kept with the
/// reason so an operator can see what was lost and why.
public struct DeadLetter: Sendable, Equatable {
    /// Assigned by the store.
    public var id: Int64?
    /// The source label, as for events: `<integration>/<path>`.
    public var source: String
    /// The upstream id (an SQS message id), which makes recording the same input twice a no-op.
    public var upstreamID: String?
    public var received: Timestamp
    public var reason: String
    /// The input as it arrived.
    public var body: [UInt8]

    public init(id: Int64? = nil, source: String, upstreamID: String?, received: Timestamp = .now(), reason: String, body: [UInt8]) {
        self.id = id
        self.source = source
        self.upstreamID = upstreamID
        self.received = received
        self.reason = reason
        self.body = body
    }
}
