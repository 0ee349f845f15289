import VigilEvent

extension SystemLogStore {
    /// One page of a `/api/v1/logs` query and the cursor of the next page (always present for polling, absent at
    /// the end of a bounded query).
    func page(_ query: LogQuery, now: Timestamp) -> (events: [StoredEvent], next: LogCursor?) {
        query.isPolling ? pollingPage(query, now: now) : boundedPage(query, now: now)
    }

    /// Persistence order from the cursor (or from `since` on persistence time): late events land after the cursor.
    private func pollingPage(_ query: LogQuery, now: Timestamp) -> (events: [StoredEvent], next: LogCursor?) {
        var index: Int
        var lastSequence: Int64
        if let after = query.after {
            index = self.index(after: after.sequence)
            lastSequence = after.sequence
        } else {
            let since = query.since ?? now.adding(seconds: -7 * 86_400)
            index = persisted.partitioningIndex { $0.visibleAt >= since }
            lastSequence = index > 0 ? persisted[index - 1].sequence : 0
        }
        var events: [StoredEvent] = []
        while index < persisted.count, events.count < query.limit {
            let stored = persisted[index]
            if query.matches(stored.event) { events.append(stored) }
            lastSequence = stored.sequence
            index += 1
        }
        return (events, LogCursor(publishedMillis: 0, sequence: lastSequence))
    }

    /// `published` order within [since, until), ascending or descending; ends when nothing is left.
    private func boundedPage(_ query: LogQuery, now: Timestamp) -> (events: [StoredEvent], next: LogCursor?) {
        let until = query.until ?? now
        let since = query.since ?? until.adding(seconds: -7 * 86_400)
        let ascending = query.order == .ascending
        func key(_ e: StoredEvent) -> (Int64, Int64) { (e.published.millis, e.sequence) }
        var matching = persisted.filter { $0.published >= since && $0.published < until && query.matches($0.event) }
        matching.sort { ascending ? key($0) < key($1) : key($0) > key($1) }
        if let after = query.after {
            let cursor = (after.publishedMillis, after.sequence)
            matching.removeAll { ascending ? key($0) <= cursor : key($0) >= cursor }
        }
        let events = Array(matching.prefix(query.limit))
        guard matching.count > events.count, let last = events.last else { return (events, nil) }
        return (events, LogCursor(publishedMillis: last.published.millis, sequence: last.sequence))
    }
}
