import Synchronization

/// What still keeps the service from being ready: each part of startup registers a condition and clears it when
/// done, so `/readyz` names whatever is missing.
public final class Readiness: Sendable {
    private let pending = Mutex<[String: String]>([:])

    public init() {}

    /// Marks `key` as not ready, with a reason a person can act on.
    public func block(_ key: String, reason: String) { pending.withLock { $0[key] = reason } }

    public func clear(_ key: String) { _ = pending.withLock { $0.removeValue(forKey: key) } }

    /// The reasons the service is not ready, sorted; empty when it is.
    public func problems() -> [String] { pending.withLock { $0.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" } } }
}
