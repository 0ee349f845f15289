import Foundation
import VigilEvent

/// An event prepared for storage: the values of its indexed columns, its search text and its compressed raw
/// JSON. Preparing is pure work that can run on any core while the writer commits the previous batch.
public struct EncodedEvent: Sendable {
    public var uuid: String
    var key: EventKey
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
