import Foundation
import NIOHTTP1

/// One call to make to Okta. The client adds authentication, rate-limit accounting and retries.
public struct OktaRequest: Sendable {
    public var method: HTTPMethod
    /// An absolute URL (a `next` link) or a path plus query below the org URL.
    public var url: URL
    public var headers: HTTPHeaders
    public var body: [UInt8]?
    /// Whether sending it twice does no harm, so a 5xx or a lost answer may be retried. A POST is not, unless
    /// marked: a create would be done twice, and a repeated lifecycle action fails on the state the first one
    /// set ("user is not active"), hiding its success. A 429 is always retried: Okta did nothing.
    public var idempotent: Bool

    public init(method: HTTPMethod = .GET, url: URL, headers: HTTPHeaders = [:], body: [UInt8]? = nil, idempotent: Bool? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.idempotent = idempotent ?? (method != .POST)
    }

    /// How the request appears in logs and errors: method and path, without the query.
    public var label: String { "\(method.rawValue) \(url.path)" }

    var bucket: String { RateLimitBudget.bucket(method: method.rawValue, path: url.path) }
}
