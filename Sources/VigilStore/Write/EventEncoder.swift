import Foundation
import VigilEvent

/// Turns `OktaEvent`s into `EncodedEvent`s: compresses the raw JSON and extracts the indexed values and the
/// search text. Owns a compression context, so each task that encodes has its own encoder.
public final class EventEncoder {
    let codec: ZstdCodec
    let dictionary: ZstdDictionary?
    /// Whether to keep raw copies for dictionary training (only until a dictionary exists).
    let keepsSamples: Bool

    init(dictionary: ZstdDictionary?, level: Int32) {
        codec = ZstdCodec(level: level)
        self.dictionary = dictionary
        keepsSamples = dictionary == nil
    }

    public func encode(_ event: OktaEvent) throws -> EncodedEvent {
        var actor: EncodedEvent.Actor?
        if let id = event.string(.actorId), !id.isEmpty {
            actor = .init(id: id, type: event.string(.actorType), alternateId: event.string(.actorAlternateId),
                          displayName: event.string(.actorDisplayName))
        }
        let session = event.string(.externalSessionId).flatMap(meaningful)
        return EncodedEvent(
            uuid: event.uuid,
            uuidKey: uuidKey(event.uuid),
            published: event.published.millis,
            eventType: event.eventType,
            outcome: event.string(.outcomeResult),
            actor: actor,
            ip: event.string(.clientIP).flatMap(meaningful),
            session: session,
            rootSession: event.string(.rootSessionId).flatMap(meaningful),
            searchText: Self.searchText(event),
            dictionaryId: dictionary?.id ?? 0,
            raw: try codec.compress(event.raw, dictionary: dictionary),
            sample: keepsSamples ? event.raw : nil,
            rawSize: event.raw.count)
    }

    public func encode(_ events: [OktaEvent]) throws -> [EncodedEvent] {
        try events.map(encode)
    }

    /// The words free-text search finds an event by: its message, type, actor, targets, IP and place.
    /// E-mail domains are added as words of their own, so `example.com` finds `alice@example.com`.
    static func searchText(_ event: OktaEvent) -> String {
        var words: [String] = [event.eventType]
        func add(_ value: String?) {
            guard let value, let v = meaningful(value) else { return }
            words.append(v)
            if let at = v.utf8.firstIndex(of: UInt8(ascii: "@")) { words.append(String(v[v.utf8.index(after: at)...])) }
        }
        add(event.string(.displayMessage))
        add(event.string(.actorAlternateId))
        add(event.string(.actorDisplayName))
        for t in event.strings(.targetAlternateId) { add(t) }
        for t in event.strings(.targetDisplayName) { add(t) }
        add(event.string(.clientIP))
        add(event.string(.city))
        add(event.string(.state))
        add(event.string(.country))
        add(event.string(.outcomeResult))
        add(event.string(.outcomeReason))
        return words.joined(separator: " ")
    }
}

/// Okta writes absent values as JSON null, as "" and sometimes as the string "null" or "unknown".
func meaningful(_ s: String) -> String? {
    s.isEmpty || s == "null" || s == "unknown" ? nil : s
}
