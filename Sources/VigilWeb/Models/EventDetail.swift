import Foundation
import VigilEvent
import VigilStore

/// One event in full: its key facts and its raw JSON exactly as Okta sent it.
struct EventDetail: Encodable, Sendable {
    var summary: EventSummary
    var raw: JSONValue
    /// The raw JSON indented, for reading in the UI.
    var rawText: String

    init(_ stored: StoredEvent) throws {
        summary = try EventSummary(stored)
        raw = try JSONValue(json: stored.raw)
        rawText = raw.jsonText(pretty: true)
    }

    enum CodingKeys: String, CodingKey { case summary, raw }
}
