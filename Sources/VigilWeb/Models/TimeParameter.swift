import Foundation
import VigilEvent

/// Times in query parameters: RFC 3339 (`2026-01-31T09:00:00Z`), a browser's `datetime-local` value (read as
/// UTC), or a span back from now (`15m`, `24h`, `7d`).
enum TimeParameter {
    static func parse(_ p: FormData, _ name: String) throws -> Timestamp? {
        guard let text = p.nonEmpty(name) else { return nil }
        if let t = Timestamp(iso8601: text) { return t }
        if let t = Timestamp(iso8601: text + (text.count == 16 ? ":00Z" : "Z")) { return t }
        if let unit = text.last, let n = Double(text.dropLast()), n >= 0 {
            let seconds: Double? = switch unit {
            case "m": 60
            case "h": 3600
            case "d": 86400
            default: nil
            }
            if let seconds { return Timestamp.now().adding(seconds: -n * seconds) }
        }
        throw WebError.badRequest("\(name) must be an RFC 3339 time (2026-01-31T09:00:00Z) or a span back from now (15m, 24h, 7d)", field: name)
    }
}
