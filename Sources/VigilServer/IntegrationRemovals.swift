import Foundation
import Synchronization

/// Integrations removed while the service runs (`vigil integrations remove`), and what to do when one is: the
/// source services register a handler that cancels their source.
public final class IntegrationRemovals: Sendable {
    private struct State {
        var removed: Set<String> = []
        var handlers: [String: [UUID: @Sendable () -> Void]] = [:]
    }

    private let state = Mutex(State())

    public init(removed: Set<String> = []) { state.withLock { $0.removed = removed } }

    public func isRemoved(_ integration: String) -> Bool { state.withLock { $0.removed.contains(integration) } }

    /// Marks `integration` removed and runs its handlers; false if it was removed already.
    @discardableResult
    public func remove(_ integration: String) -> Bool {
        let handlers = state.withLock { s -> [@Sendable () -> Void]? in
            guard s.removed.insert(integration).inserted else { return nil }
            return s.handlers.removeValue(forKey: integration).map { Array($0.values) } ?? []
        }
        handlers?.forEach { $0() }
        return handlers != nil
    }

    /// Calls `handler` when `integration` is removed (at once if it is already). Returns a token for `cancel`.
    func onRemoval(_ integration: String, _ handler: @escaping @Sendable () -> Void) -> UUID {
        let token = UUID()
        let removedAlready = state.withLock { s -> Bool in
            if s.removed.contains(integration) { return true }
            s.handlers[integration, default: [:]][token] = handler
            return false
        }
        if removedAlready { handler() }
        return token
    }

    func cancel(_ token: UUID, for integration: String) {
        _ = state.withLock { $0.handlers[integration]?.removeValue(forKey: token) }
    }
}
