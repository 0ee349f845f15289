import Metrics
import Synchronization
import VigilEvent
import VigilStore

/// Live status of every integration's ingestion paths: what the pipeline sees in each commit (events, duplicates,
/// the newest event and so the lag) and what sources report (429s, gaps, errors). Kept in memory, mirrored to
/// swift-metrics as it changes, and snapshotted to the store for `vigil status`.
public final class IngestStatusBoard: Sendable {
    private let entries = Mutex<[Key: Entry]>([:])

    struct Key: Hashable { var integration: String, path: String }

    struct Entry {
        var record: IngestStatusRecord
        /// Commits in the last minute: (when, events), for events per minute.
        var recent: [(at: Int64, events: Int)] = []
        let metrics: PathMetrics
    }

    /// Starts from `saved` (the store's last snapshot), so totals continue across restarts.
    public init(saved: [IngestStatusRecord] = []) {
        entries.withLock { entries in
            for record in saved {
                let key = Key(integration: record.integration, path: record.path)
                let metrics = PathMetrics(key)
                metrics.restore(record)
                entries[key] = Entry(record: record, metrics: metrics)
            }
        }
    }

    private func update(_ integration: String, _ path: IngestPath, _ body: (inout Entry) -> Void) {
        let key = Key(integration: integration, path: path.rawValue)
        entries.withLock { entries in
            if entries[key] == nil {
                entries[key] = Entry(record: IngestStatusRecord(integration: integration, path: path.rawValue), metrics: PathMetrics(key))
            }
            body(&entries[key]!)
        }
    }

    /// Records a committed batch: `received` events of which `duplicates` were stored already, the newest
    /// published at `newest`.
    public func recordCommit(_ integration: String, _ path: IngestPath, received: Int, duplicates: Int, newest: Timestamp?, at now: Timestamp = .now()) {
        update(integration, path) { e in
            e.record.events += Int64(received)
            e.record.duplicates += Int64(duplicates)
            e.record.lastReceived = now
            if let newest {
                if newest > (e.record.lastEvent ?? Timestamp(millis: .min)) {
                    e.record.lastEvent = newest
                    e.metrics.lastEvent.record(Double(newest.millis) / 1000)
                }
                e.record.lagMillis = max(0, now.millis - newest.millis)
                e.metrics.lag.record(Double(e.record.lagMillis ?? 0) / 1000)
            }
            e.recent.append((now.millis, received))
            e.recent.removeAll { $0.at < now.millis - 60_000 }
            e.record.eventsPerMinute = Double(e.recent.reduce(0) { $0 + $1.events })
            e.metrics.events.increment(by: received)
            e.metrics.duplicates.increment(by: duplicates)
        }
    }

    /// Okta answered 429 (`count` times): the source backs off until the rate-limit window resets.
    public func recordRateLimited(_ integration: String, _ path: IngestPath, count: Int = 1) {
        guard count > 0 else { return }
        update(integration, path) { e in
            e.record.rateLimited += Int64(count)
            e.metrics.rateLimited.increment(by: count)
        }
    }

    /// How far the path's backfill has come; nil once it has caught up (or when it is not backfilling).
    public func recordBackfill(_ integration: String, _ path: IngestPath, _ progress: BackfillProgress?) {
        update(integration, path) { e in
            e.record.backfill = progress
            e.metrics.record(progress)
        }
    }

    /// The source may have missed events (a log stream Okta deactivated, a cursor that had to be reset); `detail`
    /// says what, and is kept as the last error so an operator sees it.
    public func recordGap(_ integration: String, _ path: IngestPath, detail: String) {
        update(integration, path) { e in
            e.record.gaps += 1
            e.metrics.gaps.increment()
            e.record.lastError = detail
            e.record.lastErrorAt = .now()
        }
    }

    public func recordError(_ integration: String, _ path: IngestPath, _ message: String) {
        update(integration, path) { e in
            e.record.lastError = message
            e.record.lastErrorAt = .now()
            e.metrics.errors.increment()
        }
    }

    /// Every path's status now (events per minute decayed to the present).
    public func snapshot(at now: Timestamp = .now()) -> [IngestStatusRecord] {
        entries.withLock { entries in
            entries.keys.sorted { ($0.integration, $0.path) < ($1.integration, $1.path) }.map { key in
                var record = entries[key]!.record
                record.eventsPerMinute = Double(entries[key]!.recent.filter { $0.at >= now.millis - 60_000 }.reduce(0) { $0 + $1.events })
                record.updated = now
                return record
            }
        }
    }

    public func status(_ integration: String, _ path: IngestPath) -> IngestStatusRecord? {
        snapshot().first { $0.integration == integration && $0.path == path.rawValue }
    }
}
