import VigilEvent

extension OktaEvent {
    /// Hot fields by their dotted path, for the filter's fast path.
    private static let hotPaths: [String: HotField] = Dictionary(HotField.allCases.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })

    /// Every value at a dotted path (`actor.id`, `target.id`, `debugContext.debugData.risk`), arrays flattened:
    /// what a System Log `filter` compares against.
    func values(at path: String) -> [String] {
        if let hot = Self.hotPaths[path] { return strings(hot) }
        guard let tree = try? JSONValue(json: raw) else { return [] }
        var current = [tree]
        for key in path.split(separator: ".") {
            current = current.flatMap { value -> [JSONValue] in
                switch value {
                case .array(let items): items.compactMap { $0[String(key)] }
                default: value[String(key)].map { [$0] } ?? []
                }
            }
        }
        return current.flatMap { $0.arrayValue ?? [$0] }.compactMap(\.scalarText)
    }

    /// Whether every keyword occurs in the event's text, ignoring case (the System Log's `q`).
    func contains(keywords: [String]) -> Bool {
        guard !keywords.isEmpty else { return true }
        let text = String(decoding: raw, as: UTF8.self).lowercased()
        return keywords.allSatisfy { text.contains($0) }
    }
}
