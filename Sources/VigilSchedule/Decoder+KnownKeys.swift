extension Decoder {
    /// Throws for a key the section does not define: a misspelt key in a security tool's configuration must not be
    /// ignored in silence (`intervall: 10m` would otherwise leave the default in force).
    func rejectUnknownKeys<Key: CodingKey & CaseIterable>(_ known: Key.Type) throws {
        let names = Set(Key.allCases.map(\.stringValue))
        let container = try container(keyedBy: AnyKey.self)
        if let unknown = container.allKeys.first(where: { !names.contains($0.stringValue) }) {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [unknown],
                                                    debugDescription: "unknown key (known: \(names.sorted().joined(separator: ", ")))"))
        }
    }
}

/// Any key of a mapping, to list them.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
