import VigilEvent

/// Writes `LogEventDraft`s as Okta LogEvent JSON, in the key order of Okta's `/api/v1/logs` responses
/// (`actor`, `client`, `device`, `authenticationContext`, `displayMessage`, `eventType`, `outcome`, `published`,
/// `securityContext`, `severity`, `debugContext`, `legacyEventType`, `transaction`, `uuid`, `version`,
/// `request`, `target`).
public struct EventRenderer {
    let writer = JSONWriter(capacity: 8192)
    /// The `YYYY-MM-DDT` text of the day last written: events come in time order, so it rarely changes.
    private var cachedDay: Int64 = .min
    private var cachedDayText: [UInt8] = []
    let orgURL: String

    public init(orgURL: String) { self.orgURL = orgURL }

    /// The event's JSON bytes.
    public mutating func render(_ e: LogEventDraft) -> [UInt8] {
        writer.reset()
        writer.raw("{\"actor\":")
        actor(e.actor, detailEntry: [])
        writer.raw(",\"client\":")
        client(e)
        writer.raw(",\"device\":")
        device(e.origin?.device)
        writer.raw(",\"authenticationContext\":")
        authenticationContext(e)
        writer.member(",\"displayMessage\":", e.kind.displayMessage)
        writer.member(",\"eventType\":", e.kind.eventType)
        writer.member(",\"outcome\":{\"result\":", e.outcome.result)
        writer.member(",\"reason\":", orNull: e.outcome.reason)
        writer.raw("},\"published\":\"")
        timestamp(e.published)
        writer.raw("\",\"securityContext\":")
        securityContext(e.origin?.place)
        writer.member(",\"severity\":", e.severity)
        writer.raw(",\"debugContext\":{\"debugData\":")
        debugData(e)
        writer.member("},\"legacyEventType\":", orNull: e.outcome.isFailure ? e.kind.legacyFailure : e.kind.legacySuccess)
        writer.member(",\"transaction\":{\"type\":", e.transactionType)
        writer.raw(",\"id\":\"")
        requestId(e.requestEntropy)
        writer.raw("\",\"detail\":")
        if let token = e.apiTokenId {
            writer.member("{\"requestApiTokenId\":", token)
            writer.raw("}")
        } else {
            writer.raw("{}")
        }
        writer.raw("},\"uuid\":\"")
        uuid(e.published, e.uuidEntropy)
        writer.raw("\",\"version\":\"0\",\"request\":{\"ipChain\":")
        ipChain(e.origin?.place)
        writer.raw("},\"target\":[")
        for (i, t) in e.targets.enumerated() {
            if i > 0 { writer.raw(",") }
            actor(t.actor, detailEntry: t.detailEntry, changeDetails: t.changeDetails)
        }
        writer.raw("]}")
        return writer.bytes
    }

    /// `published`: RFC 3339 in UTC with milliseconds.
    mutating func timestamp(_ t: Timestamp) {
        let day = t.millis >= 0 ? t.millis / 86_400_000 : (t.millis - 86_399_999) / 86_400_000
        if day != cachedDay {
            cachedDay = day
            cachedDayText = Array(Timestamp(millis: day * 86_400_000).iso8601.utf8.prefix(11))
        }
        writer.append(cachedDayText)
        let ms = UInt64(t.millis - day * 86_400_000)
        let s = ms / 1000
        writer.unsigned(s / 3600, width: 2)
        writer.raw(":")
        writer.unsigned(s / 60 % 60, width: 2)
        writer.raw(":")
        writer.unsigned(s % 60, width: 2)
        writer.raw(".")
        writer.unsigned(ms % 1000, width: 3)
        writer.raw("Z")
    }

    /// A version-1 (time-based) UUID like Okta's: the time fields come from `published`, so uuids sort roughly
    /// by time as Okta's do, and the clock sequence and node from the factory's seeded draws.
    private mutating func uuid(_ t: Timestamp, _ entropy: (UInt64, UInt64)) {
        // 100 ns intervals since 1582-10-15; the sub-millisecond part is drawn.
        let ticks = UInt64(t.millis + 12_219_292_800_000) &* 10_000 &+ entropy.0 % 10_000
        writer.hex(ticks & 0xFFFF_FFFF, digits: 8)
        writer.raw("-")
        writer.hex(ticks >> 32 & 0xFFFF, digits: 4)
        writer.raw("-1")
        writer.hex(ticks >> 48 & 0x0FFF, digits: 3)
        writer.raw("-")
        writer.hex(0x8000 | (entropy.0 >> 32) & 0x3FFF, digits: 4)
        writer.raw("-")
        writer.hex(entropy.1 & 0xFFFF_FFFF_FFFF, digits: 12)
    }

    /// Okta's 27-character request id (also the transaction id of a web request).
    mutating func requestId(_ e: (UInt64, UInt64, UInt64)) {
        writer.base64URL(e.0, count: 9)
        writer.base64URL(e.1, count: 9)
        writer.base64URL(e.2, count: 9)
    }
}
