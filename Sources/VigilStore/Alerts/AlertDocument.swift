import VigilEvent

/// Keeps an open alert's JSON document in step with what grouping added to it: the evidence list, the time span
/// and the severity, so notifiers and the UI read one consistent document.
enum AlertDocument {
    static let severityNames = ["informational", "low", "medium", "high", "critical"]

    /// `document` with `newEvents` appended to `events` (once each) and the span and severity replaced.
    /// A document that is not a JSON object is returned unchanged: the columns still hold the truth.
    static func merged(_ document: String, newEvents: [String], firstSeen: Timestamp, lastSeen: Timestamp,
                       severity: Int) -> String {
        guard var object = (try? JSONValue(json: Array(document.utf8)))?.objectValue else { return document }
        var events = object["events"]?.arrayValue?.compactMap(\.stringValue) ?? []
        var seen = Set(events)
        for uuid in newEvents where seen.insert(uuid).inserted { events.append(uuid) }
        object["events"] = .array(events.map(JSONValue.string))
        object["first_seen"] = .string(firstSeen.iso8601)
        object["last_seen"] = .string(lastSeen.iso8601)
        if severityNames.indices.contains(severity) { object["severity"] = .string(severityNames[severity]) }
        return JSONValue.object(object).jsonText()
    }
}
