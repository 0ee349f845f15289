/// A rule's condition with search identifiers resolved to selection indexes and quantifiers expanded.
indirect enum CompiledCondition: Sendable {
    case selection(Int)
    case and([CompiledCondition])
    case or([CompiledCondition])
    case not(CompiledCondition)

    /// Resolves identifiers and `1 of`/`all of` against the rule's search identifiers.
    init(_ condition: SigmaCondition, names: [String]) throws(SigmaError) {
        func resolve(_ pattern: String?) throws(SigmaError) -> [CompiledCondition] {
            let matched = SigmaCondition.identifiers(matching: pattern, in: names)
            guard !matched.isEmpty else {
                throw SigmaError(problem: "condition: '\(pattern ?? "them")' matches no search identifier")
            }
            return matched.map { name in .selection(names.firstIndex(of: name)!) }
        }
        switch condition {
        case .identifier(let name):
            guard let index = names.firstIndex(of: name) else {
                throw SigmaError(problem: "condition: unknown search identifier '\(name)'")
            }
            self = .selection(index)
        case .and(let parts): self = .and(try parts.map { (p) throws(SigmaError) in try CompiledCondition(p, names: names) })
        case .or(let parts): self = .or(try parts.map { (p) throws(SigmaError) in try CompiledCondition(p, names: names) })
        case .not(let inner): self = .not(try CompiledCondition(inner, names: names))
        case .oneOf(let pattern):
            let parts = try resolve(pattern)
            self = parts.count == 1 ? parts[0] : .or(parts)
        case .allOf(let pattern):
            let parts = try resolve(pattern)
            self = parts.count == 1 ? parts[0] : .and(parts)
        }
    }
}
