import Foundation

/// Event time as milliseconds since the Unix epoch (UTC): Okta's `published` has millisecond precision, and an
/// integer sorts, compares and stores cheaply.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var millis: Int64

    public init(millis: Int64) { self.millis = millis }
    public init(_ date: Date) { millis = Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    public var date: Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.millis < b.millis }
    public static func now() -> Timestamp { Timestamp(Date()) }

    public func adding(seconds: Double) -> Timestamp { Timestamp(millis: millis + Int64(seconds * 1000)) }

    /// RFC 3339 in UTC with milliseconds, as Okta writes `published`: `2024-05-01T10:42:07.123Z`.
    public var description: String { iso8601 }

    public var iso8601: String {
        let (days, msOfDay) = millis.floorDivMod(86_400_000)
        let (y, m, d) = civilFromDays(days)
        let s = msOfDay / 1000, ms = msOfDay % 1000
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2)).\(pad(ms, 3))Z"
    }

    /// Parses RFC 3339 / ISO 8601 date-times: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; a space may stand
    /// for `T`. Fractions beyond milliseconds are truncated.
    public init?(iso8601 text: String) {
        var copy = text
        guard let t = copy.withUTF8({ Timestamp(iso8601Bytes: $0) }) else { return nil }
        self = t
    }

    public init?(iso8601Bytes b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        guard n >= 19 else { return nil }
        func num(_ at: Int, _ len: Int) -> Int64? {
            var v: Int64 = 0
            for i in at..<(at + len) {
                let d = b[i] &- UInt8(ascii: "0")
                guard d < 10 else { return nil }
                v = v * 10 + Int64(d)
            }
            return v
        }
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let year = num(0, 4), let month = num(5, 2), let day = num(8, 2),
              let hour = num(11, 2), let minute = num(14, 2), let second = num(17, 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 61
        else { return nil }
        var i = 19
        var ms: Int64 = 0
        if i < n && b[i] == UInt8(ascii: ".") {
            i += 1
            var digits = 0
            while i < n, b[i] &- UInt8(ascii: "0") < 10 {
                if digits < 3 { ms = ms * 10 + Int64(b[i] - UInt8(ascii: "0")) }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 3) { ms *= 10 }
        }
        var offsetMinutes: Int64 = 0
        guard i < n else { return nil }
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard i + 6 <= n, b[i + 3] == UInt8(ascii: ":"), let oh = num(i + 1, 2), let om = num(i + 4, 2), oh < 24, om < 60
            else { return nil }
            offsetMinutes = (oh * 60 + om) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
            i += 6
        default:
            return nil
        }
        guard i == n else { return nil }
        let days = daysFromCivil(year, month, day)
        millis = ((days * 86_400 + hour * 3600 + minute * 60 + second) - offsetMinutes * 60) * 1000 + ms
    }
}

private func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
}

private func pad(_ v: Int64, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension Int64 {
    fileprivate func floorDivMod(_ d: Int64) -> (Int64, Int64) {
        let q = self / d, r = self % d
        return r < 0 ? (q - 1, r + d) : (q, r)
    }
}

// Howard Hinnant's days-from-civil algorithms (proleptic Gregorian calendar).
private func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
}

private func civilFromDays(_ z0: Int64) -> (Int64, Int64, Int64) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
}
