import ArgumentParser
import VigilEvent

/// A point in time on the command line: RFC 3339 (`2026-11-20T08:00:00Z`), a date (`2026-11-20`, midnight UTC),
/// or an age before now (`90s`, `15m`, `24h`, `7d`).
struct TimeArgument: ExpressibleByArgument {
    let timestamp: Timestamp

    init?(argument: String) {
        if let t = Timestamp(iso8601: argument) {
            timestamp = t
        } else if argument.count == 10, let t = Timestamp(iso8601: argument + "T00:00:00Z") {
            timestamp = t
        } else if let unit = argument.last, let amount = Double(argument.dropLast()), amount >= 0 {
            let seconds: Double
            switch unit {
            case "s": seconds = amount
            case "m": seconds = amount * 60
            case "h": seconds = amount * 3600
            case "d": seconds = amount * 86_400
            default: return nil
            }
            timestamp = Timestamp.now().adding(seconds: -seconds)
        } else {
            return nil
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
