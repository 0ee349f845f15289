import Foundation
import GRDB
import VigilEvent

extension EventStore {
    /// Appends delivery attempts to the delivery log.
    public func record(deliveries: [NotificationDelivery]) throws {
        guard !deliveries.isEmpty else { return }
        try pool.write { db in
            for d in deliveries {
                try db.cachedStatement(sql: "INSERT INTO notification_delivery(channel, alert_id, attempt, status, error, at) VALUES (?, ?, ?, ?, ?, ?)")
                    .execute(arguments: [d.channel, d.alertId, d.attempt, d.status.rawValue, d.error, d.at.millis])
            }
        }
    }

    /// The delivery log, newest first, for one alert and/or one channel.
    public func deliveries(alertId: String? = nil, channel: String? = nil, limit: Int = 100) throws -> [NotificationDelivery] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM notification_delivery WHERE (?1 IS NULL OR alert_id = ?1) AND (?2 IS NULL OR channel = ?2)
                ORDER BY id DESC LIMIT ?3
                """, arguments: [alertId, channel, limit]).map {
                NotificationDelivery(channel: $0["channel"], alertId: $0["alert_id"], attempt: $0["attempt"],
                                     status: NotificationDelivery.Status(rawValue: $0["status"]) ?? .failed,
                                     error: $0["error"], at: Timestamp(millis: $0["at"]))
            }
        }
    }

    /// Keeps alert documents for a channel's next digest (durably, so a restart loses none). Queuing an alert
    /// twice keeps one entry with the newer document.
    public func queueForDigest(channel: String, alerts: [(id: String, document: String)], at: Timestamp = .now()) throws {
        guard !alerts.isEmpty else { return }
        try pool.write { db in
            for a in alerts {
                try db.cachedStatement(sql: """
                    INSERT INTO notification_digest(channel, alert_id, queued, document) VALUES (?, ?, ?, ?)
                    ON CONFLICT(channel, alert_id) DO UPDATE SET document = excluded.document
                    """).execute(arguments: [channel, a.id, at.millis, a.document])
            }
        }
    }

    /// The alert documents waiting for a channel's digest, oldest first.
    public func pendingDigest(channel: String) throws -> [(id: String, document: String)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT alert_id, document FROM notification_digest WHERE channel = ? ORDER BY queued, alert_id",
                             arguments: [channel]).map { (id: $0["alert_id"] as String, document: $0["document"] as String) }
        }
    }

    /// Removes alerts from a channel's digest queue once the digest went out.
    public func clearDigest(channel: String, alertIds: [String]) throws {
        try pool.write { db in
            for id in alertIds {
                try db.execute(sql: "DELETE FROM notification_digest WHERE channel = ? AND alert_id = ?", arguments: [channel, id])
            }
        }
    }
}
