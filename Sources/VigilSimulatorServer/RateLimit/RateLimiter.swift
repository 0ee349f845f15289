import Foundation

/// Counts requests per bucket in 60-second windows that start with a bucket's first request (Okta's windows are
/// not aligned to the minute), and requests in flight.
actor RateLimiter {
    /// What the response's `X-Rate-Limit-*` headers say, and whether the request may proceed.
    struct Decision: Sendable {
        let allowed: Bool
        let limit: Int
        let remaining: Int
        /// UTC epoch seconds when the window resets.
        let reset: Int
    }

    private struct Window {
        var start: Date
        var count: Int
    }

    private let configuration: RateLimitConfiguration
    private var windows: [String: Window] = [:]
    private var inFlight = 0

    init(configuration: RateLimitConfiguration) {
        self.configuration = configuration
    }

    /// Admits a request to `path` or refuses it; an admitted request must call `finish()`.
    func admit(path: String, now: Date = Date()) -> Decision {
        let (name, limit) = configuration.bucket(for: path)
        var window = windows[name] ?? Window(start: now, count: 0)
        if now.timeIntervalSince(window.start) >= 60 { window = Window(start: now, count: 0) }
        let reset = Int(window.start.timeIntervalSince1970.rounded(.up)) + 60
        guard inFlight < configuration.concurrency else {
            // Okta's concurrency rejections read 0/0 with an estimated reset.
            return Decision(allowed: false, limit: 0, remaining: 0, reset: Int(now.timeIntervalSince1970) + 1)
        }
        guard window.count < limit else {
            windows[name] = window
            return Decision(allowed: false, limit: limit, remaining: 0, reset: reset)
        }
        window.count += 1
        windows[name] = window
        inFlight += 1
        return Decision(allowed: true, limit: limit, remaining: limit - window.count, reset: reset)
    }

    func finish() {
        inFlight -= 1
    }
}
