import Foundation
import GRDB

/// How an event's uuid is stored: the key events are deduplicated on, and the order of the uuid index.
///
/// Okta's uuids are version-1 (time-based) UUIDs whose first field is the fastest-changing part of the clock,
/// so in their written order every insert lands at a random place in the index. Stored with the time fields
/// from most to least significant (`time_hi`, `time_mid`, `time_low`, then the rest), uuids of events that
/// arrive in time order sort in time order, and the index grows at its end. Every form turns back into the
/// exact original string:
/// - a lower-case canonical version-1 UUID: a 16-byte BLOB, time fields first;
/// - any other lower-case canonical UUID: a 17-byte BLOB (a zero byte, then the 16 bytes as written);
/// - anything else: the text itself.
struct EventKey: Sendable, Equatable {
    /// BLOB bytes, or the UTF-8 of a TEXT key.
    let bytes: Data
    let isText: Bool

    init(uuid: String) {
        // Every stored event makes a key: parsed on the stack, with one allocation for the key itself.
        var text = uuid
        let key: Data? = text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { parsed -> Data? in
                guard Self.parseCanonical(utf8, into: parsed) else { return nil }
                guard parsed[6] >> 4 == 1 else {
                    var prefixed = Data(count: 17)
                    prefixed.withUnsafeMutableBytes { (out: UnsafeMutableRawBufferPointer) in for i in 0..<16 { out[1 + i] = parsed[i] } }
                    return prefixed
                }
                var timeFirst = Data(count: 16)
                timeFirst.withUnsafeMutableBytes { (out: UnsafeMutableRawBufferPointer) in for (i, from) in Self.timeFirst.enumerated() { out[i] = parsed[from] } }
                return timeFirst
            }
        }
        if let key {
            bytes = key
            isText = false
        } else {
            bytes = Data(uuid.utf8)
            isText = true
        }
    }

    /// Byte order of a version-1 key: `time_hi` (bytes 6–7), `time_mid` (4–5), `time_low` (0–3), the rest. The same
    /// table read the other way turns a key back (`timeFirst[i]` is where key byte `i` came from).
    private static let timeFirst = [6, 7, 4, 5, 0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15]

    var databaseValue: DatabaseValue { isText ? String(decoding: bytes, as: UTF8.self).databaseValue : bytes.databaseValue }

    /// The uuid a stored key stands for.
    static func uuid(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .blob(let data) where data.count == 16:
            let key = Array(data)
            var canonical = [UInt8](repeating: 0, count: 16)
            for (i, source) in timeFirst.enumerated() { canonical[source] = key[i] }
            return format(canonical)
        case .blob(let data) where data.count == 17:
            return format(Array(data.dropFirst()))
        case .string(let text):
            return text
        case .blob(let data):
            return String(decoding: data, as: UTF8.self)
        default:
            return ""
        }
    }

    /// Writes the 16 bytes of a lower-case canonical UUID (`8-4-4-4-12` hex digits) to `out`; false if `utf8`
    /// is anything else.
    private static func parseCanonical(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard utf8.count == 36 else { return false }
        var i = 0
        for (position, c) in utf8.enumerated() {
            if position == 8 || position == 13 || position == 18 || position == 23 {
                guard c == UInt8(ascii: "-") else { return false }
                continue
            }
            let nibble: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = c - UInt8(ascii: "a") + 10
            default: return false  // upper case or not hex: kept as text, exactly as written
            }
            out[i / 2] = i % 2 == 0 ? nibble << 4 : out[i / 2] | nibble
            i += 1
        }
        return true
    }

    private static func format(_ b: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (i, byte) in b.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
