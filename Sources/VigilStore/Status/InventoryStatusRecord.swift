import VigilEvent

/// How an integration's scheduled inventory sync went, as the service last recorded it.
public struct InventoryStatusRecord: Sendable, Equatable {
    public var integration: String
    /// When the last sync started (successful or not).
    public var lastAttempt: Timestamp
    /// When the last successful sync started: the next one is due an interval after it.
    public var lastSuccess: Timestamp?
    /// What the last successful sync changed, per kind (`user +1 ~2 -0, …`).
    public var lastChanges: String?
    public var lastError: String?
    public var lastErrorAt: Timestamp?
    /// Failed syncs in a row (0 after a success).
    public var failures: Int

    public init(integration: String, lastAttempt: Timestamp, lastSuccess: Timestamp? = nil, lastChanges: String? = nil,
                lastError: String? = nil, lastErrorAt: Timestamp? = nil, failures: Int = 0) {
        self.integration = integration
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.lastChanges = lastChanges
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
        self.failures = failures
    }
}
