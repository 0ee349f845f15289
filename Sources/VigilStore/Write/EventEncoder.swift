import Foundation
import VigilEvent

/// Turns `OktaEvent`s into `EncodedEvent`s: compresses the raw JSON and extracts the indexed values and the
/// search text. Owns a compression context, so one task at a time uses an encoder; it is `Sendable` so that the
/// store's pool can hand it from one batch's task to the next.
public final class EventEncoder: @unchecked Sendable {
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
            key: EventKey(uuid: event.uuid),
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
        // A batch is decoded whole before it is encoded, so its first events have left the cache by now: each
        // next one is fetched while this one is compressed.
        try events.withUnsafeBufferPointer { events in
            try events.indices.map { i in
                if i + 1 < events.count { OktaEvent.prefetch(events.baseAddress! + i + 1) }
                return try encode(events[i])
            }
        }
    }

    /// The words free-text search finds an event by: its message, type, actor, targets, IP and place, as UTF-8
    /// built straight from the event's bytes (no intermediate `String`s on this per-event path). E-mail domains
    /// are added as words of their own, so `example.com` finds `alice@example.com`.
    static func searchText(_ event: OktaEvent) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(256)
        text.append(contentsOf: event.eventType.utf8)
        event.raw.withUnsafeBufferPointer { raw in
            func add(_ field: HotField) {
                for span in event.fields.values(field.rawValue) where span.kind == .string || span.kind == .number {
                    let bytes = UnsafeBufferPointer(rebasing: raw[Int(span.start)..<Int(span.end)])
                    if span.escaped {
                        append(JSONString.unescape(bytes))
                    } else {
                        append(bytes)
                    }
                }
            }
            func append<C: Collection<UInt8>>(_ value: C) {
                guard meaningful(value) else { return }
                text.append(0x20)
                text.append(contentsOf: value)
                if let at = value.firstIndex(of: UInt8(ascii: "@")) {
                    text.append(0x20)
                    text.append(contentsOf: value[value.index(after: at)...])
                }
            }
            for field in searchedFields { add(field) }
        }
        return text
    }

    static let searchedFields: [HotField] = [
        .displayMessage, .actorAlternateId, .actorDisplayName, .targetAlternateId, .targetDisplayName,
        .clientIP, .city, .state, .country, .outcomeResult, .outcomeReason,
    ]
}

/// Okta writes absent values as JSON null, as "" and sometimes as the string "null" or "unknown".
func meaningful<C: Collection<UInt8>>(_ value: C) -> Bool {
    // Every indexed and searched value of every stored event comes through here: compare only when the length
    // matches one of the two words.
    switch value.count {
    case 0: false
    case 4: !value.elementsEqual("null".utf8)
    case 7: !value.elementsEqual("unknown".utf8)
    default: true
    }
}

/// The string, unless it is one of Okta's ways of saying "absent".
func meaningful(_ s: String) -> String? {
    meaningful(s.utf8) ? s : nil
}
