/// A value modifier (`field|contains|all`), per the Sigma modifiers appendix.
public enum SigmaModifier: String, Sendable, CaseIterable {
    case contains, startswith, endswith, all, exists, cased, neq
    case re, i, m, s
    case cidr
    case lt, lte, gt, gte
    case expand

    /// Modifiers the specification defines that Vigil does not implement; a rule using one is rejected, not
    /// silently weakened.
    static let unsupported: Set<String> = [
        "base64", "base64offset", "utf16le", "utf16be", "utf16", "wide", "windash", "fieldref",
        "minute", "hour", "day", "week", "month", "year",
    ]

    /// Parses one modifier name (case-insensitively, as pySigma does).
    static func parse(_ name: String) throws(SigmaError) -> SigmaModifier {
        let lower = name.lowercased()
        if let modifier = SigmaModifier(rawValue: lower) { return modifier }
        if unsupported.contains(lower) {
            throw SigmaError(problem: "the '\(name)' modifier is not supported by Vigil")
        }
        throw SigmaError(problem: "unknown modifier '\(name)'")
    }
}
