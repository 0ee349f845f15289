/// A parsed rule condition: the boolean structure over search identifiers.
public indirect enum SigmaCondition: Sendable, Equatable, CustomStringConvertible {
    case identifier(String)
    case and([SigmaCondition])
    case or([SigmaCondition])
    case not(SigmaCondition)
    /// `1 of pattern` / `all of pattern`; `pattern` is `nil` for `them`.
    case oneOf(pattern: String?)
    case allOf(pattern: String?)

    public var description: String {
        switch self {
        case .identifier(let name): name
        case .and(let parts): "(" + parts.map(\.description).joined(separator: " and ") + ")"
        case .or(let parts): "(" + parts.map(\.description).joined(separator: " or ") + ")"
        case .not(let inner): "not \(inner)"
        case .oneOf(let pattern): "1 of \(pattern ?? "them")"
        case .allOf(let pattern): "all of \(pattern ?? "them")"
        }
    }

    /// The search identifiers a quantifier covers: `them` is every identifier not starting with `_`; a pattern
    /// matches with `*` wildcards anywhere.
    static func identifiers(matching pattern: String?, in names: [String]) -> [String] {
        guard let pattern else { return names.filter { !$0.hasPrefix("_") } }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        return names.filter { name in
            var rest = Substring(name)
            for (i, part) in parts.enumerated() {
                if i == 0 {
                    guard rest.hasPrefix(part) else { return false }
                    rest = rest.dropFirst(part.count)
                } else if i == parts.count - 1 {
                    return rest.hasSuffix(part) && rest.count >= part.count
                } else if let range = rest.range(of: part) {
                    rest = rest[range.upperBound...]
                } else {
                    return false
                }
            }
            return rest.isEmpty
        }
    }
}
