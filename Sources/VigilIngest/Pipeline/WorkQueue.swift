import Synchronization

/// A queue between concurrent producers and one consumer that takes everything waiting at once, up to a weight
/// limit: the shape of group commit, where each commit takes all the batches that arrived during the last one.
final class WorkQueue<Item: Sendable>: Sendable {
    private struct State {
        var items: [Item] = []
        var waiter: CheckedContinuation<Void, Never>?
        var closed = false
    }

    private let state = Mutex(State())
    private let weight: @Sendable (Item) -> Int

    init(weight: @escaping @Sendable (Item) -> Int = { _ in 1 }) { self.weight = weight }

    /// Adds an item; false once the queue is closed (the item is not taken).
    func append(_ item: Item) -> Bool {
        let (accepted, waiter) = state.withLock { s -> (Bool, CheckedContinuation<Void, Never>?) in
            guard !s.closed else { return (false, nil) }
            s.items.append(item)
            defer { s.waiter = nil }
            return (true, s.waiter)
        }
        waiter?.resume()
        return accepted
    }

    /// Stops taking items; the consumer still gets those already queued.
    func close() {
        let waiter = state.withLock { s -> CheckedContinuation<Void, Never>? in
            s.closed = true
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume()
    }

    var isClosed: Bool { state.withLock { $0.closed } }

    /// Waits for items and takes those queued, oldest first, up to `maxWeight` (always at least one). Returns nil
    /// when the queue is closed and empty. One consumer only.
    func next(maxWeight: Int = .max) async -> [Item]? {
        while true {
            let taken = state.withLock { s -> [Item]?? in
                if s.items.isEmpty { return s.closed ? .some(nil) : nil }
                var total = 0, count = 0
                for item in s.items {
                    total += weight(item)
                    count += 1
                    if total >= maxWeight { break }
                }
                defer { s.items.removeFirst(count) }
                return .some(Array(s.items.prefix(count)))
            }
            if let taken { return taken }
            await withCheckedContinuation { continuation in
                let ready = state.withLock { s -> Bool in
                    if !s.items.isEmpty || s.closed { return true }
                    s.waiter = continuation
                    return false
                }
                if ready { continuation.resume() }
            }
        }
    }
}
