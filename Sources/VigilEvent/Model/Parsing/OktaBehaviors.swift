/// The verdicts of Okta's behavior detection for one event: which behaviors (`New Device`, `New IP`,
/// `Velocity` ...) the request showed, in Okta's order.
///
/// Okta writes them in `debugContext.debugData.behaviors` as text, `{New Geo-Location=NEGATIVE, New
/// Device=POSITIVE, ...}`, and in `logOnlySecurityData` as a JSON object.
public struct OktaBehaviors: Sendable, Equatable {
    /// Behavior name (`key`) and result (`value`: `POSITIVE`, `NEGATIVE`, `UNKNOWN`, `BAD_REQUEST`).
    public var entries: [OktaMapEntry]

    public init(entries: [OktaMapEntry]) { self.entries = entries }

    /// Parses the `{name=RESULT, ...}` text; whatever does not parse is skipped.
    public init(parsing text: String) {
        // Behavior names contain spaces and dashes, so any non-empty text before '=' is a name.
        entries = OktaMapText.entries(text) { !$0.isEmpty }
    }

    /// Reads the JSON object form, `{"New Device": "POSITIVE", ...}`.
    public init(object: JSONObject) {
        entries = object.entries.compactMap { entry in entry.value.scalarText.map { OktaMapEntry(entry.key, $0) } }
    }

    /// The result of one behavior, by name.
    public subscript(name: String) -> String? { entries.first { $0.key == name }?.value }

    /// The behaviors the request showed (result `POSITIVE`), in order.
    public var positive: [String] { entries.filter { $0.value == "POSITIVE" }.map(\.key) }
}
