/// The shapes of input the reader recognises by itself, record by record.
public enum InputShape: String, Sendable, CaseIterable {
    /// Position in `allCases`, without building that array (counted once per record).
    var index: Int {
        switch self {
        case .event: 0
        case .array: 1
        case .hookDelivery: 2
        case .eventBridge: 3
        case .sqsMessage: 4
        case .sqsReceive: 5
        }
    }

    /// One LogEvent object (alone, as an NDJSON line, or pretty-printed).
    case event
    /// A JSON array of LogEvents: a System Log API page or an export.
    case array
    /// An Event Hook delivery: `{"eventType":"com.okta.event_hook", "data":{"events":[...]}}`.
    case hookDelivery
    /// An EventBridge envelope with one LogEvent in `detail`.
    case eventBridge
    /// An SQS message whose `Body` is an EventBridge envelope.
    case sqsMessage
    /// An SQS `ReceiveMessage` response: `{"Messages":[...]}`.
    case sqsReceive
}
