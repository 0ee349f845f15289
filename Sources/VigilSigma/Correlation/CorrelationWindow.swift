/// A sliding window of matches for one group (of a correlation, or of an analytic's key): the matches inside the window, and the episode (a run of firings that
/// belong together, so a long attack raises one alert that grows rather than one per match).
public struct CorrelationWindow: Codable, Sendable {
    public struct Entry: Codable, Sendable {
        public var time: Int64
        public var events: [String]
        /// The counted value (`value_count`).
        public var value: String?
        /// Which referred rule matched.
        public var position: Int

        public init(time: Int64, events: [String], value: String? = nil, position: Int = 0) {
            self.time = time
            self.events = events
            self.value = value
            self.position = position
        }
    }

    public struct Episode: Codable, Sendable {
        /// The uuid of the earliest evidence event when the episode began; with the correlation and group, the
        /// alert id.
        public var id: String
        public var first: Int64
        public var last: Int64

        public init(id: String, first: Int64, last: Int64) {
            self.id = id
            self.first = first
            self.last = last
        }
    }

    public var entries: [Entry] = []
    /// Matches per counted value.
    public var counts: [String: Int] = [:]
    public var episode: Episode?
    /// Start of the current fixed window, for conditions decided only when the window closes.
    public var windowStart: Int64?
    public var lastTime: Int64 = .min

    public init() {}

    /// Adds a match in time order (late matches slot in) and forgets the oldest beyond `cap`.
    public mutating func insert(_ entry: Entry, cap: Int) {
        var at = entries.count
        while at > 0, entries[at - 1].time > entry.time { at -= 1 }
        entries.insert(entry, at: at)
        if let v = entry.value { counts[v, default: 0] += 1 }
        if entries.count > cap { drop(entries.count - cap) }
        lastTime = max(lastTime, entry.time)
    }

    /// Forgets matches older than `cutoff`.
    public mutating func evict(before cutoff: Int64) {
        var n = 0
        while n < entries.count, entries[n].time < cutoff { n += 1 }
        if n > 0 { drop(n) }
    }

    public mutating func drop(_ n: Int) {
        for entry in entries.prefix(n) {
            guard let v = entry.value else { continue }
            counts[v]! -= 1
            if counts[v]! == 0 { counts[v] = nil }
        }
        entries.removeFirst(n)
    }

    public mutating func reset() {
        entries = []
        counts = [:]
    }

    /// Distinct referred rules with a match in the window.
    var distinctPositions: Int { Set(entries.map(\.position)).count }

    /// For `temporal_ordered`: one match of each referred rule `0..<count`, in order in time, ending with the
    /// newest match of the last; the latest possible of each, so the chain is the tightest one.
    func orderedChain(count: Int) -> [Entry]? {
        guard let last = entries.last(where: { $0.position == count - 1 }) else { return nil }
        var chain = [last]
        var bound = last.time
        for position in stride(from: count - 2, through: 0, by: -1) {
            guard let e = entries.last(where: { $0.position == position && $0.time <= bound }) else { return nil }
            chain.append(e)
            bound = e.time
        }
        return chain.reversed()
    }
}
