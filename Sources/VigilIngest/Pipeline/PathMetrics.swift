import Metrics
import VigilStore

/// The swift-metrics instruments of one integration and path, created once (a factory lookup per commit would
/// cost more than the increment). Each carries `integration` and `path` labels in `/metrics`.
struct PathMetrics: Sendable {
    let events, duplicates, rateLimited, gaps, errors: Counter
    /// Seconds behind Okta at the last commit, and the newest event's `published` (Unix seconds).
    let lag, lastEvent: Gauge
    /// A running backfill: events so far, events per second, estimated seconds left (all 0 when not backfilling).
    let backfillEvents, backfillRate, backfillETA: Gauge

    init(_ key: IngestStatusBoard.Key) {
        let dimensions = [("integration", key.integration), ("path", key.path)]
        events = Counter(label: "vigil_ingest_events_total", dimensions: dimensions)
        duplicates = Counter(label: "vigil_ingest_duplicates_total", dimensions: dimensions)
        rateLimited = Counter(label: "vigil_ingest_rate_limited_total", dimensions: dimensions)
        gaps = Counter(label: "vigil_ingest_gaps_total", dimensions: dimensions)
        errors = Counter(label: "vigil_ingest_errors_total", dimensions: dimensions)
        lag = Gauge(label: "vigil_ingest_lag_seconds", dimensions: dimensions)
        lastEvent = Gauge(label: "vigil_ingest_last_event_timestamp_seconds", dimensions: dimensions)
        backfillEvents = Gauge(label: "vigil_ingest_backfill_events", dimensions: dimensions)
        backfillRate = Gauge(label: "vigil_ingest_backfill_events_per_second", dimensions: dimensions)
        backfillETA = Gauge(label: "vigil_ingest_backfill_eta_seconds", dimensions: dimensions)
    }

    /// Gauges from a saved status, so a restarted service shows where each path was (counters restart at 0, as
    /// Prometheus expects of a new process).
    func restore(_ record: IngestStatusRecord) {
        if let last = record.lastEvent { lastEvent.record(Double(last.millis) / 1000) }
        if let lagMillis = record.lagMillis { lag.record(Double(lagMillis) / 1000) }
    }

    func record(_ backfill: BackfillProgress?) {
        backfillEvents.record(Double(backfill?.events ?? 0))
        backfillRate.record(backfill?.eventsPerSecond ?? 0)
        backfillETA.record(backfill?.etaSeconds ?? 0)
    }
}
