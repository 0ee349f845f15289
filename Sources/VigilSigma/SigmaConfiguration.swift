/// Site settings that rules may refer to: the values of `%placeholder%`s used with the `expand` modifier.
public struct SigmaConfiguration: Sendable {
    /// Placeholder name (without `%`) → the values it expands to (OR-ed; each may use wildcards).
    public var placeholders: [String: [String]]

    public init(placeholders: [String: [String]] = [:]) {
        self.placeholders = placeholders
    }

    /// Values of a placeholder: exact name first, then ignoring case.
    func values(of name: String) -> [String]? {
        placeholders[name] ?? placeholders.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}
