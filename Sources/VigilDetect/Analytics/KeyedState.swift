import VigilSigma

/// Per-key state with a time to live and a cap on keys: keys not touched for `ttl` are swept, and at the cap the
/// least recently touched tenth is forgotten (counted in `evicted`), so memory stays bounded whatever the input.
public struct KeyedState<Key: Hashable & Codable & Sendable, Value: Codable & Sendable>: Codable, Sendable {
    struct Item: Codable, Sendable {
        var value: Value
        var last: Int64
    }

    var items: [Key: Item] = [:]
    public var ttl: Int64
    public var cap: Int
    /// Keys forgotten at the cap rather than by age.
    public private(set) var evicted = 0
    var lastSweep: Int64?

    public init(ttl: Int64, cap: Int) {
        self.ttl = ttl
        self.cap = cap
    }

    public var count: Int { items.count }

    public subscript(key: Key) -> Value? { items[key]?.value }

    /// Updates (creating with `initial`) the value of `key`, touched at `now`.
    @discardableResult
    public mutating func update<R>(_ key: Key, at now: Int64, initial: @autoclosure () -> Value, _ body: (inout Value) -> R) -> R {
        if let index = items.index(forKey: key) {
            // In place, through `inout` only: one hash lookup, and the item is not copied (reading
            // `items.values[index].last` would copy the whole item, retaining everything in it, to read one field).
            return Self.touch(&items.values[index], at: now, body)
        }
        if items.count >= cap { makeRoom(now: now) }
        var item = Item(value: initial(), last: now)
        let result = body(&item.value)
        items[key] = item
        return result
    }

    public mutating func remove(_ key: Key) { items[key] = nil }

    /// Forgets keys untouched for `ttl`. It walks every key, so it runs at most once per `every` of event time and
    /// per tenth of the TTL: state may outlive its TTL by that much, never more.
    public mutating func sweep(now: Int64, every: Int64 = 60_000) {
        if let last = lastSweep, now >= last, now - last < max(every, ttl / 10) { return }
        lastSweep = now
        let cutoff = now - ttl
        let expired = items.keys(where: { $0.last < cutoff })
        for key in expired { items.removeValue(forKey: key) }
    }

    @inline(__always)
    private static func touch<R>(_ item: inout Item, at now: Int64, _ body: (inout Value) -> R) -> R {
        if now > item.last { item.last = now }
        return body(&item.value)
    }

    /// Every key and value, for absence checks.
    public var entries: [(key: Key, value: Value, last: Int64)] { items.map { ($0.key, $0.value.value, $0.value.last) } }

    public mutating func removeAll() { items = [:] }

    private mutating func makeRoom(now: Int64) {
        lastSweep = nil
        sweep(now: now)
        guard items.count >= cap else { return }
        let n = max(1, items.count / 10)
        items.removeOldest(n) { $0.last }
        evicted += n
    }
}
