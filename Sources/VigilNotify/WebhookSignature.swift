import Crypto
import Foundation

/// How a webhook receiver knows a request came from Vigil and is fresh: `X-Vigil-Timestamp` holds Unix seconds,
/// `X-Vigil-Signature` holds `sha256=` and the hex HMAC-SHA256, under the shared key, of the timestamp, a dot and
/// the body. The timestamp is signed with the body so that a recorded request cannot be replayed later with a
/// new one; receivers reject timestamps more than `tolerance` from their clock.
public enum WebhookSignature {
    public static let timestampHeader = "X-Vigil-Timestamp"
    public static let signatureHeader = "X-Vigil-Signature"
    public static let tolerance: Double = 300

    public static func sign(body: [UInt8], timestamp: Int, key: Secret) -> String {
        var message = Array("\(timestamp).".utf8)
        message += body
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Array(key.value.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `signature` is valid for the body and timestamp, and the timestamp is within `tolerance` of `now`.
    public static func verify(body: [UInt8], timestamp: String, signature: String, key: Secret, now: Date = Date()) -> Bool {
        guard let t = Int(timestamp), abs(now.timeIntervalSince1970 - Double(t)) <= tolerance else { return false }
        let expected = Array(sign(body: body, timestamp: t, key: key).utf8), given = Array(signature.utf8)
        // Compare in constant time, so the comparison leaks nothing about how much of a forged signature is right.
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
