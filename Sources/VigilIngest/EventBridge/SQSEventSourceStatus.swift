import Foundation
import VigilEvent

/// What an `SQSEventSource` has done since it started, for status pages and health checks.
public struct SQSEventSourceStatus: Sendable, Equatable {
    public var messagesReceived = 0
    public var messagesDeleted = 0
    /// Events newly stored (duplicates not counted).
    public var eventsStored = 0
    /// Events already in the store (Okta's at-least-once delivery, or another path got them first).
    public var duplicates = 0
    /// Messages recorded as dead letters.
    public var deadLetters = 0
    /// Messages SQS refused to delete (they come back and are stored once).
    public var deleteFailures = 0
    /// `published` of the newest event stored.
    public var lastEventPublished: Timestamp?
    /// When the last message arrived.
    public var lastReceivedAt: Date?
    public var lastError: String?
    public var lastErrorAt: Date?

    public init() {}
}
