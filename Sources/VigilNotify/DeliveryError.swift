/// Why a delivery failed, and whether trying again may help (a timeout, a 5xx, a 429) or not (a 4xx: the
/// request itself is wrong, as when a Slack webhook was revoked).
public struct DeliveryError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var retryable: Bool

    public init(_ message: String, retryable: Bool) {
        self.message = message
        self.retryable = retryable
    }

    public var description: String { message }

    /// An HTTP status a receiver answered with, classified.
    static func status(_ code: UInt, body: String) -> DeliveryError {
        let detail = body.isEmpty ? "" : ": " + String(body.prefix(200))
        return DeliveryError("HTTP \(code)\(detail)", retryable: code == 408 || code == 429 || code >= 500)
    }
}
