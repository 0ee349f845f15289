import Foundation

/// Why a delivery failed, and whether trying again may help (a timeout, a 5xx, a 429) or not (a 4xx: the
/// request itself is wrong, as when a Slack webhook was revoked).
public struct DeliveryError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var retryable: Bool
    /// Seconds the receiver asked to wait before trying again (HTTP `Retry-After`, as Slack sends with 429).
    public var retryAfter: Double?

    public init(_ message: String, retryable: Bool, retryAfter: Double? = nil) {
        self.message = message
        self.retryable = retryable
        self.retryAfter = retryAfter
    }

    public var description: String { message }

    /// An HTTP status a receiver answered with, classified.
    static func status(_ code: UInt, body: String, retryAfter: String? = nil) -> DeliveryError {
        let detail = body.isEmpty ? "" : ": " + String(body.prefix(200))
        return DeliveryError("HTTP \(code)\(detail)", retryable: code == 408 || code == 429 || code >= 500,
                             retryAfter: retryAfter.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) })
    }
}
