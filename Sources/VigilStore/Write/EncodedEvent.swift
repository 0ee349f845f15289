import Foundation
import VigilEvent

/// An event prepared for storage: the values of its indexed columns, its search text and its compressed raw
/// JSON. Preparing is pure work that can run on any core while the writer commits the previous batch.
public struct EncodedEvent: Sendable {
    public var uuid: String
    var uuidKey: Data
    var published: Int64
    var eventType: String
    var outcome: String?
    var actor: Actor?
    var ip: String?
    var session: String?
    var rootSession: String?
    /// UTF-8 words for the full-text index.
    var searchText: [UInt8]
    var dictionaryId: Int64
    var raw: Data
    /// Kept only while the store is gathering samples for its compression dictionary.
    var sample: [UInt8]?
    public var rawSize: Int

    struct Actor: Sendable {
        var id: String
        var type: String?
        var alternateId: String?
        var displayName: String?
    }
}

/// The key events are deduplicated on: the 16 bytes of a canonical (lower-case, as Okta writes them) UUID, or
/// the UTF-8 of anything else, so that the key always turns back into the exact original string.
func uuidKey(_ uuid: String) -> Data {
    var bytes = [UInt8](repeating: 0, count: 16)
    var i = 0, high = true
    for (position, c) in uuid.utf8.enumerated() {
        if position == 8 || position == 13 || position == 18 || position == 23 {
            guard c == UInt8(ascii: "-") else { return Data(uuid.utf8) }
            continue
        }
        let nibble: UInt8
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = c - UInt8(ascii: "a") + 10
        default: return Data(uuid.utf8)  // upper case or not hex: keep the exact text
        }
        guard i < 16 else { return Data(uuid.utf8) }
        if high { bytes[i] = nibble << 4 } else { bytes[i] |= nibble; i += 1 }
        high.toggle()
    }
    return i == 16 && high ? Data(bytes) : Data(uuid.utf8)
}
