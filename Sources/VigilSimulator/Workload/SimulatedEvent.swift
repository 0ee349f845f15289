import VigilEvent

/// One generated System Log event: its LogEvent JSON, when it happened, and what produced it.
public struct SimulatedEvent: Sendable {
    /// The LogEvent JSON, one object without a trailing newline.
    public let bytes: [UInt8]
    public let published: Timestamp
    /// `benign` for background traffic, `scenario:<name>` for an attack scenario's events.
    public let label: String

    public init(bytes: [UInt8], published: Timestamp, label: String) {
        self.bytes = bytes
        self.published = published
        self.label = label
    }

    /// The label of background traffic.
    public static let benignLabel = "benign"

    /// The event indexed as Vigil ingests it.
    public func oktaEvent() throws(InvalidEvent) -> OktaEvent { try OktaEvent(raw: bytes) }
}
