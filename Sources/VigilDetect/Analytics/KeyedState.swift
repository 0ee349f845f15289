/// Per-key state with a time to live and a cap on keys: keys not touched for `ttl` are swept, and at the cap the
/// least recently touched tenth is forgotten (counted in `evicted`), so memory stays bounded whatever the input.
public struct KeyedState<Value: Codable & Sendable>: Codable, Sendable {
    struct Item: Codable, Sendable {
        var value: Value
        var last: Int64
    }

    var items: [String: Item] = [:]
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

    public subscript(key: String) -> Value? { items[key]?.value }

    /// Updates (creating with `initial`) the value of `key`, touched at `now`.
    @discardableResult
    public mutating func update<R>(_ key: String, at now: Int64, initial: @autoclosure () -> Value, _ body: (inout Value) -> R) -> R {
        if items[key] == nil, items.count >= cap { makeRoom(now: now) }
        var item = items.removeValue(forKey: key) ?? Item(value: initial(), last: now)
        item.last = max(item.last, now)
        let result = body(&item.value)
        items[key] = item
        return result
    }

    public mutating func remove(_ key: String) { items[key] = nil }

    /// Forgets keys untouched for `ttl`; at most once per `every` of event time, since it walks every key.
    public mutating func sweep(now: Int64, every: Int64 = 60_000) {
        if let last = lastSweep, now - last < every, now >= last { return }
        lastSweep = now
        items = items.filter { $0.value.last >= now - ttl }
    }

    /// Every key and value, for absence checks.
    public var entries: [(key: String, value: Value, last: Int64)] { items.map { ($0.key, $0.value.value, $0.value.last) } }

    public mutating func removeAll() { items = [:] }

    private mutating func makeRoom(now: Int64) {
        lastSweep = nil
        sweep(now: now)
        guard items.count >= cap else { return }
        let n = max(1, items.count / 10)
        for (key, _) in items.sorted(by: { $0.value.last < $1.value.last }).prefix(n) { items[key] = nil }
        evicted += n
    }
}
