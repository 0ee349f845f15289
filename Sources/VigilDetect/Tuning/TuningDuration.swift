import Foundation

/// A length of time in configuration: a number of seconds, or text such as `90s`, `15m`, `1h`, `7d`, `250ms`.
public struct TuningDuration: Sendable, Hashable, Codable, CustomStringConvertible {
    public var seconds: Double

    public init(seconds: Double) { self.seconds = seconds }

    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, factor: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800)]
        if let plain = Double(t), plain >= 0 { seconds = plain; return }
        for unit in units where t.hasSuffix(unit.suffix) {
            if let amount = Double(t.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces)), amount >= 0 {
                seconds = amount * unit.factor
                return
            }
        }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self), number >= 0 {
            seconds = number
        } else if let text = try? container.decode(String.self), let parsed = TuningDuration(text: text) {
            self = parsed
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a duration such as 90s, 15m, 1h or 7d")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        for (suffix, factor) in [("d", 86_400.0), ("h", 3600), ("m", 60)] where seconds >= factor && seconds.truncatingRemainder(dividingBy: factor) == 0 {
            return "\(Int(seconds / factor))\(suffix)"
        }
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
