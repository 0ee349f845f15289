import Foundation
import VigilEvent
import VigilStore

extension StatusCommand {
    /// One integration and path for `--json`.
    static func json(_ r: IngestStatusRecord, removed: Bool) -> [String: Any] {
        var o: [String: Any] = ["integration": r.integration, "path": r.path, "events_per_minute": r.eventsPerMinute,
                                "events": r.events, "duplicates": r.duplicates, "rate_limited": r.rateLimited, "gaps": r.gaps,
                                "removed": removed, "updated": r.updated.iso8601]
        o["last_event"] = r.lastEvent?.iso8601
        o["last_received"] = r.lastReceived?.iso8601
        o["lag_seconds"] = r.lagMillis.map { Double($0) / 1000 }
        o["last_error"] = r.lastError
        o["last_error_at"] = r.lastErrorAt?.iso8601
        if let b = r.backfill {
            var backfill: [String: Any] = ["events": b.events, "events_per_second": b.eventsPerSecond]
            backfill["eta_seconds"] = b.etaSeconds
            backfill["reached"] = b.reached?.iso8601
            o["backfill"] = backfill
        }
        return o
    }

    /// One integration's inventory sync for `--json`, as the path `inventory`.
    static func json(_ i: InventoryStatusRecord) -> [String: Any] {
        var o: [String: Any] = ["integration": i.integration, "path": "inventory", "last_attempt": i.lastAttempt.iso8601,
                                "failures": i.failures]
        o["last_success"] = i.lastSuccess?.iso8601
        o["changes"] = i.lastChanges
        o["last_error"] = i.lastError
        o["last_error_at"] = i.lastErrorAt?.iso8601
        return o
    }

    /// "backfilling: 12,345 events so far at 3,100/s, reached 2026-11-19T04:00:00.000Z, about 4 min to go".
    static func describe(_ b: BackfillProgress) -> String {
        var text = "backfilling: \(Console.number(Int(b.events))) events so far at \(Console.number(Int(b.eventsPerSecond.rounded())))/s"
        if let reached = b.reached { text += ", reached \(reached.iso8601)" }
        text += b.etaSeconds.map { ", about \(age(Int64($0 * 1000))) to go" } ?? ", time left not known yet"
        return text
    }
}
