/// Okta's risk verdict on one event, as written in `debugContext.debugData.risk`:
/// `{level=HIGH, reasons=Anomalous Device, Anomalous Location}`, sometimes with `detectionName=...`,
/// `issuer=...` or `previousLevel=...`; or as the JSON object inside `logOnlySecurityData`.
public struct OktaRiskSignal: Sendable, Equatable {
    /// `LOW`, `MEDIUM` or `HIGH`.
    public var level: String?
    public var previousLevel: String?
    public var reasons: [String] = []
    public var detectionName: String?
    public var issuer: String?
    /// Keys not listed above, in order, as text.
    public var otherFields: [OktaMapEntry] = []

    public init() {}

    /// Parses the `{key=value, ...}` text; whatever does not parse is skipped.
    public init(parsing text: String) {
        // Keys are identifiers, reasons are phrases with spaces: a piece like "Anomalous Location" can only
        // continue the reasons, while "issuer=OKTA" starts a key.
        let entries = OktaMapText.entries(text) { key in
            key.first.map { $0.isLetter || $0 == "_" } == true && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
        for entry in entries { set(entry.key, entry.value, list: Self.splitReasons) }
    }

    /// Reads the JSON object form, `{"level": "LOW", "reasons": [...]}`.
    public init(object: JSONObject) {
        for entry in object.entries {
            if entry.key == "reasons", case .array(let items) = entry.value {
                reasons = items.compactMap(\.scalarText)
            } else if let text = entry.value.scalarText ?? (entry.value.isNull ? nil : entry.value.jsonText()) {
                set(entry.key, text, list: Self.splitReasons)
            }
        }
    }

    private mutating func set(_ key: String, _ value: String, list: (String) -> [String]) {
        switch key {
        case "level": level = value
        case "previousLevel": previousLevel = value
        case "reasons": reasons = list(value)
        case "detectionName": detectionName = value
        case "issuer": issuer = value
        default: otherFields.append(OktaMapEntry(key, value))
        }
    }

    /// `Anomalous Device, Anomalous Location` or `[Anomalous Device, Anomalous Location]`.
    private static func splitReasons(_ text: String) -> [String] {
        var body = text.trimmingWhitespace()
        if body.hasPrefix("["), body.hasSuffix("]") { body = body.dropFirst().dropLast() }
        return body.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }
}
