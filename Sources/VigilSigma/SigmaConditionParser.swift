/// Parses a condition string: `or` < `and` < `not` < `x of` < `( )`, per the Sigma specification.
struct SigmaConditionParser {
    private enum Token: Equatable {
        case word(String), open, close
    }

    private var tokens: [Token] = []
    private var index = 0

    static func parse(_ text: String) throws(SigmaError) -> SigmaCondition {
        var parser = SigmaConditionParser()
        parser.tokens = tokenize(text)
        guard !parser.tokens.isEmpty else { throw SigmaError(problem: "the condition is empty") }
        let condition = try parser.parseOr()
        guard parser.index == parser.tokens.count else {
            throw SigmaError(problem: "condition '\(text)': unexpected \(parser.describe(parser.tokens[parser.index]))")
        }
        return condition
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        func flush() {
            if !word.isEmpty { tokens.append(.word(word)); word = "" }
        }
        for ch in text {
            switch ch {
            case "(": flush(); tokens.append(.open)
            case ")": flush(); tokens.append(.close)
            case " ", "\t", "\n", "\r": flush()
            default: word.append(ch)
            }
        }
        flush()
        return tokens
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let w): "'\(w)'"
        case .open: "'('"
        case .close: "')'"
        }
    }

    private func keyword(_ text: String) -> Bool {
        guard index < tokens.count, case .word(let w) = tokens[index] else { return false }
        return w.lowercased() == text
    }

    private mutating func parseOr() throws(SigmaError) -> SigmaCondition { try parseChain(or: true) }

    /// `a or b or ...` (when `or`) or `a and b and ...`: operands are the next tighter level.
    private mutating func parseChain(or: Bool) throws(SigmaError) -> SigmaCondition {
        var parts = [try or ? parseChain(or: false) : parseNot()]
        while keyword(or ? "or" : "and") {
            index += 1
            parts.append(try or ? parseChain(or: false) : parseNot())
        }
        return parts.count == 1 ? parts[0] : or ? .or(parts) : .and(parts)
    }

    private mutating func parseNot() throws(SigmaError) -> SigmaCondition {
        if keyword("not") {
            index += 1
            return .not(try parseNot())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(SigmaError) -> SigmaCondition {
        guard index < tokens.count else { throw SigmaError(problem: "the condition ends too early") }
        let token = tokens[index]
        index += 1
        switch token {
        case .open:
            let inner = try parseOr()
            guard index < tokens.count, tokens[index] == .close else { throw SigmaError(problem: "missing ')' in the condition") }
            index += 1
            return inner
        case .close:
            throw SigmaError(problem: "unexpected ')' in the condition")
        case .word(let word):
            let lower = word.lowercased()
            if ["and", "or", "not", "of"].contains(lower) {
                throw SigmaError(problem: "unexpected '\(word)' in the condition")
            }
            if keyword("of") {
                index += 1
                guard index < tokens.count, case .word(let target) = tokens[index] else {
                    throw SigmaError(problem: "'\(word) of' needs a pattern or 'them'")
                }
                index += 1
                let pattern: String? = target.lowercased() == "them" ? nil : target
                switch lower {
                case "1", "any": return .oneOf(pattern: pattern)
                case "all": return .allOf(pattern: pattern)
                default: throw SigmaError(problem: "'\(word) of' is not supported; use '1 of' or 'all of'")
                }
            }
            return .identifier(word)
        }
    }
}
