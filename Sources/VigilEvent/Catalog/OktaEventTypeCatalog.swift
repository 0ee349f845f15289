/// Okta's System Log event types: which ids exist and which ones an Event Hook can deliver.
///
/// Generated from Okta's published catalog by `scripts/gen-event-types` (see `OktaEventTypeCatalog+Data.swift`);
/// rule lint uses it to catch misspelt event types, which would otherwise make a rule silently never fire, and every
/// event of a known type takes its type string from here (see `index(ofUTF8:)`).
public enum OktaEventTypeCatalog {
    /// Per id: whether an Event Hook can deliver it.
    static let hookEligible: [Bool] = hookEligibility.utf8.map { $0 == UInt8(ascii: "H") }

    /// Whether `eventType` is a known event type (exact, case-sensitive: Okta's ids are lower-case).
    public static func contains(_ eventType: String) -> Bool { index(of: eventType) != nil }

    /// Whether an Event Hook can deliver `eventType` (false for unknown types).
    public static func isHookEligible(_ eventType: String) -> Bool {
        index(of: eventType).map { hookEligible[$0] } ?? false
    }

    /// The index of `eventType` in `ids`, found in the same table as events' types.
    static func index(of eventType: String) -> Int? {
        var eventType = eventType
        return eventType.withUTF8 { index(ofUTF8: $0) }
    }

    /// Every known event type id, sorted.
    public static var all: [String] { ids }

    /// The known ids closest to `eventType`, for "did you mean" hints: those sharing its longest dotted prefix.
    public static func suggestions(for eventType: String, limit: Int = 3) -> [String] {
        var parts = eventType.split(separator: ".").map(String.init)
        while !parts.isEmpty {
            let prefix = parts.joined(separator: ".") + "."
            let found = all.filter { $0.hasPrefix(prefix) }
            if !found.isEmpty { return Array(found.prefix(limit)) }
            parts.removeLast()
        }
        return []
    }
}
