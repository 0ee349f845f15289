import VigilEvent

/// Evaluates a `CorrelationSet` over rule matches in event time, with one sliding window per correlation and
/// group, bounded in memory: windows expire after their timespan, matches per group and groups per correlation
/// are capped (the oldest go first, and `evictedGroups` counts them), and the whole state can be snapshotted
/// and restored so that a restart does not forget an attack in progress.
public struct CorrelationEngine: Sendable {
    public struct Limits: Sendable, Codable {
        /// Groups kept per correlation; beyond it, the least recently matched are forgotten.
        public var groupsPerCorrelation = 50_000
        /// Matches kept per group (at least twice the largest threshold is kept regardless).
        public var matchesPerGroup = 512
        /// Evidence uuids an alert carries.
        public var evidence = 100
        public init() {}
    }

    public let set: CorrelationSet
    public let limits: Limits
    var groups: [[String: CorrelationWindow]]
    /// Per correlation, groups forgotten because the cap was reached (not because their window passed).
    public internal(set) var evictedGroups: [Int]
    /// Per correlation, the match cap (the limit, raised for large thresholds).
    let caps: [Int]
    /// Event time of the last walk over all groups.
    var lastAdvance: Int64?

    public init(set: CorrelationSet, limits: Limits = Limits()) {
        self.set = set
        self.limits = limits
        groups = Array(repeating: [:], count: set.correlations.count)
        evictedGroups = Array(repeating: 0, count: set.correlations.count)
        caps = set.correlations.map { c in
            max(limits.matchesPerGroup, 2 * (c.correlation.condition.comparisons.map(\.value).max() ?? 0) + 1)
        }
    }

    /// Groups held across all correlations.
    public var groupCount: Int { groups.reduce(0) { $0 + $1.count } }

    /// Feeds a match of rule `rule` (an index into the rule list the set was compiled with) on `event`.
    public mutating func observe(rule: Int, event: OktaEvent, emit: (CorrelationMatch) -> Void) {
        guard let targets = set.feedsFromRule[rule] else { return }
        targets: for (c, position) in targets {
            let compiled = set.correlations[c]
            var group: [String] = []
            group.reserveCapacity(compiled.groupReaders[position].count)
            for reader in compiled.groupReaders[position] {
                // Without a value to group by, the match cannot count for this correlation (others may use it).
                guard case .slot(let slot) = reader, let value = event.string(slot: slot) else { continue targets }
                group.append(value)
            }
            var value: String?
            if case .slot(let slot)? = compiled.valueReaders[position] {
                guard let v = event.string(slot: slot) else { continue }
                value = v
            }
            let entry = CorrelationWindow.Entry(time: event.published.millis, events: [event.uuid], value: value, position: position)
            hit(c, group: group, entry: entry, emit: emit)
        }
    }

    /// A correlation fired: feeds the correlations built on it with its group values.
    private mutating func propagate(_ match: CorrelationMatch, emit: (CorrelationMatch) -> Void) {
        guard match.isNew, let targets = set.feedsFromCorrelation[match.correlation] else { return }
        for (c, position) in targets {
            let compiled = set.correlations[c]
            func read(_ reader: CorrelationSet.Reader) -> String? {
                guard case .group(let i) = reader, i < match.group.count else { return nil }
                return match.group[i]
            }
            let group = compiled.groupReaders[position].compactMap(read)
            guard group.count == compiled.groupReaders[position].count else { continue }
            let entry = CorrelationWindow.Entry(time: match.lastSeen.millis, events: match.events,
                                                value: compiled.valueReaders[position].flatMap(read), position: position)
            hit(c, group: group, entry: entry, emit: emit)
        }
    }

    private mutating func hit(_ c: Int, group: [String], entry: CorrelationWindow.Entry, emit: (CorrelationMatch) -> Void) {
        // Most correlations group by one field: its value is the key as it is, without a joined copy.
        let key = group.count == 1 ? group[0] : group.joined(separator: "\u{1F}")
        // The count first, then the index: reading `groups[c][key]` would copy the window out just to test it.
        if groups[c].count >= limits.groupsPerCorrelation, groups[c].index(forKey: key) == nil { makeRoom(c, now: entry.time) }
        // Changed in place in the table (one lookup; its arrays are not copied on write), so what it needs of
        // `self` is read beforehand: `self` cannot be read while one of its tables is being changed.
        let compiled = set.correlations[c], cap = caps[c], evidence = limits.evidence
        let fired = Self.add(entry, to: &groups[c][key, default: CorrelationWindow()], of: c, compiled, group: group,
                             cap: cap, evidence: evidence)
        if let fired {
            emit(fired)
            propagate(fired, emit: emit)
        }
    }

    private static func add(_ entry: CorrelationWindow.Entry, to window: inout CorrelationWindow, of c: Int,
                            _ compiled: CorrelationSet.Compiled, group: [String], cap: Int, evidence: Int) -> CorrelationMatch? {
        if compiled.decidedOnArrival {
            window.insert(entry, cap: cap)
            window.evict(before: (window.entries.last?.time ?? entry.time) - compiled.span)
            return evaluate(c, compiled, group: group, &window, at: entry.time, evidence: evidence)
        }
        // Decided when a fixed window closes: a match past its end closes it first.
        var fired: CorrelationMatch?
        if let start = window.windowStart, entry.time >= start + compiled.span {
            fired = close(c, compiled, group: group, &window, evidence: evidence)
        }
        if window.windowStart == nil { window.windowStart = entry.time }
        window.insert(entry, cap: cap)
        return fired
    }

    /// The measured count when the condition holds on arrival, as a match (new or continuing an episode).
    private static func evaluate(_ c: Int, _ compiled: CorrelationSet.Compiled, group: [String], _ window: inout CorrelationWindow,
                                 at time: Int64, evidence limit: Int) -> CorrelationMatch? {
        let type = compiled.correlation.type
        var evidence = window.entries
        let measured: Int
        switch type {
        case .eventCount: measured = window.entries.count
        case .valueCount: measured = window.counts.count
        case .temporal: measured = window.distinctPositions
        case .temporalOrdered:
            guard let chain = window.orderedChain(count: compiled.sources.count) else { return nil }
            evidence = chain
            measured = chain.count
        }
        guard compiled.correlation.condition.holds(measured), let first = evidence.first else { return nil }
        let isNew: Bool
        if var episode = window.episode, time - episode.last <= compiled.span {
            episode.last = max(episode.last, time)
            window.episode = episode
            isNew = false
        } else {
            window.episode = .init(id: first.events.first ?? "", first: first.time, last: time)
            isNew = true
        }
        return match(c, group: group, window: window, evidence: evidence, measured: measured, isNew: isNew, limit: limit)
    }

    /// Closes a fixed window: decides the condition over it, then starts empty.
    private static func close(_ c: Int, _ compiled: CorrelationSet.Compiled, group: [String], _ window: inout CorrelationWindow,
                              evidence limit: Int) -> CorrelationMatch? {
        defer { window.reset(); window.windowStart = nil }
        let measured = switch compiled.correlation.type {
        case .eventCount: window.entries.count
        case .valueCount: window.counts.count
        case .temporal, .temporalOrdered: window.distinctPositions
        }
        guard compiled.correlation.condition.holds(measured), let first = window.entries.first else { return nil }
        window.episode = .init(id: first.events.first ?? "", first: first.time, last: window.lastTime)
        return match(c, group: group, window: window, evidence: window.entries, measured: measured, isNew: true, limit: limit)
    }

    private static func match(_ c: Int, group: [String], window: CorrelationWindow, evidence: [CorrelationWindow.Entry],
                              measured: Int, isNew: Bool, limit: Int) -> CorrelationMatch {
        var uuids: [String] = [], seen = Set<String>()
        for entry in evidence.reversed() {
            for uuid in entry.events.reversed() where seen.insert(uuid).inserted { uuids.append(uuid) }
            if uuids.count >= limit { break }
        }
        let values = window.counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10).map(\.key)
        return CorrelationMatch(
            correlation: c, group: group, episode: window.episode?.id ?? "", isNew: isNew, measured: measured,
            events: Array(uuids.prefix(limit).reversed()),
            firstSeen: Timestamp(millis: evidence.first?.time ?? 0), lastSeen: Timestamp(millis: evidence.last?.time ?? 0),
            values: values, steps: evidence.map { ($0.position, Timestamp(millis: $0.time)) })
    }

    /// Event time reached `watermark`: closes fixed windows that ended and forgets groups whose window passed.
    /// It walks every group, so it does so at most once per `every` of event time.
    public mutating func advance(to watermark: Timestamp, every: Int64 = 60_000, emit: (CorrelationMatch) -> Void) {
        if let last = lastAdvance, watermark.millis >= last, watermark.millis - last < every { return }
        lastAdvance = watermark.millis
        for c in groups.indices {
            let span = set.correlations[c].span
            let decided = set.correlations[c].decidedOnArrival
            var fired: [CorrelationMatch] = []
            // Read in place, then the few groups to let go are taken out: so the walk neither copies windows nor
            // changes the table it walks.
            let closing = decided ? [] : groups[c].keys(where: { w in w.windowStart.map { watermark.millis >= $0 + span } ?? false })
            let expired = groups[c].keys(where: { $0.windowStart == nil && $0.lastTime < watermark.millis - span })
            for key in expired { groups[c][key] = nil }
            for key in closing {
                // Closing empties the window: nothing of the group is left to keep.
                guard var window = groups[c].removeValue(forKey: key) else { continue }
                if let m = Self.close(c, set.correlations[c], group: key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init),
                                      &window, evidence: limits.evidence) {
                    fired.append(m)
                }
            }
            for m in fired.sorted(by: { ($0.lastSeen, $0.episode) < ($1.lastSeen, $1.episode) }) {
                emit(m)
                propagate(m, emit: emit)
            }
        }
    }

    /// At the group cap: forgets expired groups, then the least recently matched tenth.
    private mutating func makeRoom(_ c: Int, now: Int64) {
        let span = set.correlations[c].span
        for key in groups[c].keys(where: { $0.lastTime < now - span && $0.windowStart == nil }) { groups[c][key] = nil }
        guard groups[c].count >= limits.groupsPerCorrelation else { return }
        let n = max(1, groups[c].count / 10)
        groups[c].removeOldest(n) { $0.lastTime }
        evictedGroups[c] += n
    }
}
