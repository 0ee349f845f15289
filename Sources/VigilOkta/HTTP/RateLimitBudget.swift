import Foundation
import Logging

/// One org's rate-limit budget, shared by every call Vigil makes to that org (System Log polling, inventory,
/// response actions), so they cannot starve each other or the org's other integrations.
///
/// Okta limits each endpoint bucket per window (usually a minute) and reports the state in `X-Rate-Limit-Limit`,
/// `-Remaining` and `-Reset` (epoch seconds). The budget keeps `reserveShare` of every bucket free: a call that
/// would take `remaining` below that share waits until the bucket's window resets.
public actor RateLimitBudget {
    /// The last state Okta reported for a bucket.
    public struct Bucket: Sendable, Equatable {
        public var limit: Int
        public var remaining: Int
        /// When the window resets, in local time (already corrected for the org's clock).
        public var reset: Date
    }

    public let reserveShare: Double
    private var buckets: [String: Bucket] = [:]
    public private(set) var rateLimitedCount = 0
    /// Total time calls waited to keep the reserve.
    public private(set) var waited: TimeInterval = 0
    private let logger: Logger

    /// `reserveShare` (0–0.9) of each bucket is left for the org's other integrations.
    public init(reserveShare: Double = 0.3, logger: Logger = Logger(label: "vigil.okta.ratelimit")) {
        self.reserveShare = min(max(reserveShare, 0), 0.9)
        self.logger = logger
    }

    /// Waits, if needed, until a call to `bucket` keeps the reserve, then counts the call against it.
    public func acquire(_ bucket: String) async throws {
        while var state = buckets[bucket] {
            let now = Date()
            if state.reset <= now {
                buckets[bucket] = nil  // a new window: unknown until Okta reports it
                return
            }
            let reserve = Int((Double(state.limit) * reserveShare).rounded(.up))
            if state.remaining - 1 >= reserve || state.limit == 0 {
                state.remaining -= 1
                buckets[bucket] = state
                return
            }
            let wait = state.reset.timeIntervalSince(now) + Double.random(in: 0...0.25)
            logger.info("waiting for the rate-limit window to keep the reserve for other integrations", metadata: [
                "bucket": "\(bucket)", "remaining": "\(state.remaining)", "limit": "\(state.limit)",
                "seconds": "\(String(format: "%.1f", wait))",
            ])
            waited += wait
            try await Task.sleep(for: .seconds(wait))
        }
    }

    /// Records what Okta reported for `bucket`. `serverDate` (the response's `Date`) converts `Reset` to local time,
    /// so a skewed clock neither waits too long nor hammers too soon.
    public func record(_ bucket: String, limit: Int?, remaining: Int?, reset: Int?, serverDate: Date?, status: Int) {
        if status == 429 { rateLimitedCount += 1 }
        guard let limit, let remaining, let reset else { return }
        let skew = serverDate.map { Date().timeIntervalSince($0) } ?? 0
        let resetLocal = Date(timeIntervalSince1970: TimeInterval(reset) + skew)
        buckets[bucket] = Bucket(limit: limit, remaining: remaining, reset: resetLocal)
    }

    /// The current state of every bucket seen.
    public func snapshot() -> [String: Bucket] { buckets }

    /// Okta's buckets are per endpoint: the path with ids replaced, so `/api/v1/users/00u1/roles` and
    /// `/api/v1/users/00u2/roles` share one bucket.
    public nonisolated static func bucket(method: String, path: String) -> String {
        let segments = path.split(separator: "/").map { segment -> String in
            // Okta ids are 20 characters with digits (`00u1ab…`); logins hold an `@`. `v1` and `oauth2` are not ids.
            let isID = segment.contains("@") || (segment.count >= 8 && segment.contains(where: \.isNumber))
            return isID ? "{id}" : String(segment)
        }
        return method + " /" + segments.joined(separator: "/")
    }
}
