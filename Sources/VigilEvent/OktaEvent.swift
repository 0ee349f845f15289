/// One Okta System Log event: its original JSON, byte for byte, plus the index of its fields.
///
/// This is the form every event takes through ingestion, storage and detection. Nothing here decodes the
/// whole event; `LogEvent` does that when an event is displayed or exported.
public struct OktaEvent: Sendable {
    /// The event's JSON exactly as received.
    public let raw: [UInt8]
    /// Spans of the plan's fields inside `raw`.
    public let fields: FieldValues
    public let uuid: String
    public let published: Timestamp
    public let eventType: String
    /// Index of `eventType` in `OktaEventTypeCatalog.ids`, nil for a type the catalog does not know: lets
    /// per-type tables be arrays.
    public let catalogIndex: Int32?

    /// Indexes one LogEvent's bytes with `plan` (which must extend `FieldPlan.standard`) and checks the fields
    /// every event must have.
    public init(raw: [UInt8], plan: FieldPlan = .standard) throws(InvalidEvent) {
        let fields: FieldValues
        do throws(JSONSyntaxError) {
            fields = try raw.withUnsafeBufferPointer { b throws(JSONSyntaxError) in
                let (values, end) = try plan.scan(b)
                var trailing = end
                while trailing < b.count, b[trailing] == 0x20 || b[trailing] == 0x0A || b[trailing] == 0x0D || b[trailing] == 0x09 {
                    trailing += 1
                }
                guard trailing == b.count else {
                    throw JSONSyntaxError(offset: trailing, reason: "unexpected data after the event's closing '}'")
                }
                return values
            }
        } catch {
            throw InvalidEvent(reason: "malformed JSON: \(error.reason) at byte \(error.offset)")
        }
        try self.init(raw: raw, fields: fields)
    }

    /// Wraps bytes that a reader has scanned already (`fields` spans relative to `raw`).
    init(raw: [UInt8], fields: FieldValues) throws(InvalidEvent) {
        guard let first = raw.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              first == UInt8(ascii: "{") else {
            throw InvalidEvent(reason: "a LogEvent must be a JSON object")
        }
        func requiredString(_ field: HotField) throws(InvalidEvent) -> ValueSpan {
            guard let span = fields.first(field.rawValue) else { throw InvalidEvent(reason: "missing required field '\(field.path)'") }
            guard span.kind == .string else { throw InvalidEvent(reason: "'\(field.path)' must be a string") }
            guard span.end > span.start else { throw InvalidEvent(reason: "'\(field.path)' is empty") }
            return span
        }
        let uuid = Self.string(raw, try requiredString(.uuid))
        let typeSpan = try requiredString(.eventType)
        let known = typeSpan.escaped ? nil : raw.withUnsafeBufferPointer {
            OktaEventTypeCatalog.index(ofUTF8: UnsafeBufferPointer(rebasing: $0[Int(typeSpan.start)..<Int(typeSpan.end)]))
        }
        guard let publishedSpan = fields.first(HotField.published.rawValue), publishedSpan.kind == .string else {
            throw InvalidEvent(reason: "missing required field 'published' (a string)")
        }
        let parsed = publishedSpan.escaped ? nil : raw.withUnsafeBufferPointer {
            Timestamp(iso8601Bytes: UnsafeBufferPointer(rebasing: $0[Int(publishedSpan.start)..<Int(publishedSpan.end)]))
        }
        guard let published = parsed ?? Timestamp(iso8601: Self.string(raw, publishedSpan)) else {
            throw InvalidEvent(reason: "'published' is not an RFC 3339 date-time: \"\(Self.string(raw, publishedSpan).prefix(40))\"")
        }
        self.raw = raw
        self.fields = fields
        self.uuid = uuid
        eventType = known.map { OktaEventTypeCatalog.ids[$0] } ?? Self.string(raw, typeSpan)
        catalogIndex = known.map { Int32($0) }
        self.published = published
    }

    static func string(_ raw: [UInt8], _ span: ValueSpan) -> String {
        raw.withUnsafeBufferPointer { JSONString.decode(span, in: $0) }
    }
}

/// Why bytes that parsed as JSON are still not a usable LogEvent.
public struct InvalidEvent: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public init(reason: String) { self.reason = reason }
    public var description: String { reason }
}
