import Foundation
import VigilEvent
import VigilStore

/// The running counts behind a poller's status, with the rate and ETA arithmetic.
struct PollProgress: Sendable {
    var status: SystemLogPollerStatus
    let started = Date()
    /// The first event time seen this run, to measure how fast event time advances during a backfill.
    private var firstEventTime: Date?
    /// The budget's 429 count already reported to the status board.
    var reportedRateLimits = 0

    init(integrationID: String, backfilling: Bool) {
        status = SystemLogPollerStatus(integrationID: integrationID, backfilling: backfilling)
    }

    mutating func recordPage(stored: Int, duplicates: Int, rejected: Int, events: [OktaEvent], now: Date = Date()) {
        status.pages += 1
        status.eventsStored += stored
        status.duplicates += duplicates
        status.rejected += rejected
        status.lastPollTime = now
        if let latest = events.map(\.published).max()?.date {
            if firstEventTime == nil { firstEventTime = events.map(\.published).min()?.date }
            status.lastEventTime = max(status.lastEventTime ?? latest, latest)
        }
        if events.isEmpty { status.backfilling = false }
        status.lastError = nil
        update(now: now)
    }

    mutating func recordError(_ description: String, now: Date = Date()) {
        status.lastError = description
        status.lastErrorTime = now
    }

    mutating func update(now: Date = Date()) {
        let elapsed = now.timeIntervalSince(started)
        status.eventsPerSecond = elapsed > 0 ? Double(status.eventsStored) / elapsed : 0
        if status.backfilling, let last = status.lastEventTime {
            status.lag = max(0, now.timeIntervalSince(last))
            // Event time covered per wall-clock second, applied to what is left until now.
            if let first = firstEventTime, elapsed > 0, last > first {
                let speed = last.timeIntervalSince(first) / elapsed
                status.estimatedRemaining = status.lag! / speed
            }
        } else {
            status.lag = status.lastPollTime.map { max(0, now.timeIntervalSince($0)) }
            if !status.backfilling { status.estimatedRemaining = nil }
        }
    }

    /// The status board's form of the progress while backfilling; nil once caught up.
    var backfill: BackfillProgress? {
        guard status.backfilling else { return nil }
        return BackfillProgress(events: Int64(status.eventsStored), eventsPerSecond: status.eventsPerSecond,
                                etaSeconds: status.estimatedRemaining, reached: status.lastEventTime.map(Timestamp.init))
    }

    /// A line for the log: "12,345 events (310/s), at 2026-11-19T04:00:00Z, about 3 min to go".
    var summary: String {
        var text = "\(status.eventsStored) events stored (\(Int(status.eventsPerSecond.rounded()))/s)"
        if let last = status.lastEventTime { text += ", reached \(Timestamp(last).iso8601)" }
        if let eta = status.estimatedRemaining { text += ", about \(Self.duration(eta)) to go" }
        return text
    }

    static func duration(_ seconds: TimeInterval) -> String {
        switch seconds {
        case ..<90: "\(Int(seconds.rounded())) s"
        case ..<5400: "\(Int((seconds / 60).rounded())) min"
        default: String(format: "%.1f h", seconds / 3600)
        }
    }
}
