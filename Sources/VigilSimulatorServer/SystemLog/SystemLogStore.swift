import VigilEvent

/// The org's System Log: events waiting out their ingestion delay, and the persisted events in persistence order.
///
/// An event is persisted when simulated time reaches its `visibleAt`; with a varying delay a later-published
/// event can be persisted first, which is what makes `published`-based polling lose events and cursors correct.
struct SystemLogStore: Sendable {
    private(set) var persisted: [StoredEvent] = []
    /// Waiting events from `head` on, sorted by (visibleAt, arrival) ascending. Arrivals mostly become visible
    /// after everything already waiting, so an insert lands at or near the end; persisting moves `head` instead of
    /// shifting the array. (Sorted the other way, drawing an org's history inserted every event at the front:
    /// quadratic, a quarter of a minute for 100,000 events.)
    private var waiting: [(visibleAt: Timestamp, arrival: Int64, event: OktaEvent, label: String)] = []
    private var head = 0
    private var arrivals: Int64 = 0
    private var nextSequence: Int64 = 1
    /// Okta keeps 90 days.
    static let retentionMillis: Int64 = 90 * 86_400_000

    /// Queues an event to persist at `visibleAt`.
    mutating func add(_ event: OktaEvent, label: String, visibleAt: Timestamp) {
        arrivals += 1
        let entry = (visibleAt: visibleAt, arrival: arrivals, event: event, label: label)
        let index = waiting[head...].partitioningIndex { ($0.visibleAt, $0.arrival) > (visibleAt, arrivals) }
        waiting.insert(entry, at: index)
    }

    /// Persists every waiting event due by `now` and drops events past retention; returns the newly persisted.
    mutating func persist(upTo now: Timestamp) -> ArraySlice<StoredEvent> {
        let first = persisted.count
        while head < waiting.count, waiting[head].visibleAt <= now {
            let due = waiting[head]
            head += 1
            persisted.append(StoredEvent(event: due.event, label: due.label, visibleAt: due.visibleAt, sequence: nextSequence))
            nextSequence += 1
        }
        // Persisted entries are dropped once they are most of the array, so each is moved at most once more.
        if head > 1_024 && head * 2 > waiting.count {
            waiting.removeFirst(head)
            head = 0
        }
        let fresh = persisted[first...]
        let horizon = now.millis - Self.retentionMillis
        if let oldest = persisted.first, oldest.published.millis < horizon {
            let expired = persisted.prefix { $0.published.millis < horizon }.count
            persisted.removeFirst(expired)
            return persisted[max(0, first - expired)...]
        }
        return fresh
    }

    /// Index of the first persisted event after sequence `sequence`.
    func index(after sequence: Int64) -> Int {
        persisted.partitioningIndex { $0.sequence > sequence }
    }

    /// When the next waiting event becomes visible.
    var nextVisibleAt: Timestamp? { head < waiting.count ? waiting[head].visibleAt : nil }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsToSecondPart`, for a collection partitioned by it.
    func partitioningIndex(where belongsToSecondPart: (Element) -> Bool) -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if belongsToSecondPart(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
