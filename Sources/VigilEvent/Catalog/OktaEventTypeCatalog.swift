/// Okta's System Log event types: which ids exist and which ones an Event Hook can deliver.
///
/// Generated from Okta's published catalog by `scripts/gen-event-types` (see `OktaEventTypeCatalog+Data.swift`);
/// rule lint uses it to catch misspelt event types, which would otherwise make a rule silently never fire.
public enum OktaEventTypeCatalog {
    /// Event type id → whether Event Hooks can deliver it; parsed from `data` on first use.
    static let table: [String: Bool] = {
        var table: [String: Bool] = [:]
        for line in data.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            table[String(line[..<tab])] = line[line.index(after: tab)...] == "H"
        }
        return table
    }()

    /// Whether `eventType` is a known event type (exact, case-sensitive: Okta's ids are lower-case).
    public static func contains(_ eventType: String) -> Bool { table[eventType] != nil }

    /// Whether an Event Hook can deliver `eventType` (false for unknown types).
    public static func isHookEligible(_ eventType: String) -> Bool { table[eventType] ?? false }

    /// Every known event type id, sorted.
    public static var all: [String] { table.keys.sorted() }

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
