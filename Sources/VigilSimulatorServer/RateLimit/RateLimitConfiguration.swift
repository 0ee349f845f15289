/// Okta-style rate limits: requests per minute per endpoint bucket, and requests in flight across the org.
public struct RateLimitConfiguration: Sendable {
    /// Requests per 60-second window by bucket (a path prefix such as `/api/v1/logs`); the longest matching
    /// prefix wins.
    public var perMinute: [String: Int] = [
        "/api/v1/logs": 120,
        "/api/v1/users": 600,
        "/api/v1/groups": 500,
        "/api/v1/apps": 500,
        "/api/v1/devices": 500,
        "/api/v1/eventHooks": 100,
        "/api/v1/logStreams": 100,
        "/oauth2/v1/token": 600,
    ]
    /// Buckets not listed share this limit.
    public var defaultPerMinute = 600
    /// Requests in flight at once (Okta Workforce: 75).
    public var concurrency = 75

    public init() {}

    /// The bucket a path counts against and its limit.
    func bucket(for path: String) -> (name: String, limit: Int) {
        let match = perMinute.keys.filter { path.hasPrefix($0) }.max { $0.count < $1.count }
        return match.map { ($0, perMinute[$0]!) } ?? ("default", defaultPerMinute)
    }
}
