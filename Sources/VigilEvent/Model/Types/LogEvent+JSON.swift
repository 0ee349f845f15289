extension LogEvent {
    /// Decodes an event the hot path has indexed. Its bytes were validated by that scan, so only a non-object
    /// (which `OktaEvent` rejects) could fail.
    public init(from event: OktaEvent) throws {
        try self.init(document: JSONValue(validatedJSON: event.raw))
    }

    /// Decodes one LogEvent's JSON. Throws `JSONSyntaxError` for malformed JSON and `InvalidEvent` when the
    /// document is not an object; never for a field of an unexpected type.
    public init(json bytes: [UInt8]) throws {
        try self.init(document: JSONValue(json: bytes))
    }

    private init(document: JSONValue) throws(InvalidEvent) {
        guard case .object(let object) = document else { throw InvalidEvent(reason: "a LogEvent must be a JSON object") }
        self.init(object: object)
    }

    /// The event as JSON: compact, or indented for display.
    public func encodedJSON(pretty: Bool = false) -> [UInt8] {
        JSONValue.object(jsonObject).serialized(pretty: pretty)
    }

    /// `published` as a `Timestamp`, when it is a valid date-time.
    public var publishedTimestamp: Timestamp? { published.flatMap { Timestamp(iso8601: $0) } }
}
