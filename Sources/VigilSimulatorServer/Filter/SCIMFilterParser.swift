/// Tokens of a SCIM filter: words (paths, operators, keywords, literals), quoted strings and parentheses.
enum SCIMFilterToken: Sendable, Equatable {
    case word(String)
    case string(String)
    case open, close
}

enum SCIMFilterLexer {
    static func tokens(of text: String) throws(SCIMFilterError) -> [SCIMFilterToken] {
        var tokens: [SCIMFilterToken] = []
        var chars = Array(text)[...]
        while let c = chars.first {
            if c.isWhitespace {
                chars.removeFirst()
            } else if c == "(" || c == ")" {
                tokens.append(c == "(" ? .open : .close)
                chars.removeFirst()
            } else if c == "\"" {
                chars.removeFirst()
                var value = ""
                var closed = false
                while let d = chars.popFirst() {
                    if d == "\\", let escaped = chars.popFirst() {
                        value.append(escaped)
                    } else if d == "\"" {
                        closed = true
                        break
                    } else {
                        value.append(d)
                    }
                }
                guard closed else { throw SCIMFilterError(reason: "unterminated string \"\(value)") }
                tokens.append(.string(value))
            } else {
                let word = chars.prefix { !$0.isWhitespace && $0 != "(" && $0 != ")" && $0 != "\"" }
                chars.removeFirst(word.count)
                tokens.append(.word(String(word)))
            }
        }
        return tokens
    }
}

/// Recursive descent: `or` binds looser than `and`, which binds looser than `not` and comparisons.
struct SCIMFilterParser {
    var tokens: [SCIMFilterToken]
    var position = 0

    var atEnd: Bool { position >= tokens.count }
    var peekText: String {
        guard !atEnd else { return "end of filter" }
        switch tokens[position] {
        case .word(let w): return w
        case .string(let s): return "\"\(s)\""
        case .open: return "("
        case .close: return ")"
        }
    }

    mutating func parseExpression() throws(SCIMFilterError) -> SCIMFilter {
        var left = try parseTerm()
        while keyword("or") { left = .or(left, try parseTerm()) }
        return left
    }

    private mutating func parseTerm() throws(SCIMFilterError) -> SCIMFilter {
        var left = try parseFactor()
        while keyword("and") { left = .and(left, try parseFactor()) }
        return left
    }

    private mutating func parseFactor() throws(SCIMFilterError) -> SCIMFilter {
        if keyword("not") {
            return .not(try parseFactor())
        }
        guard !atEnd else { throw SCIMFilterError(reason: "the filter ends where a condition was expected") }
        if tokens[position] == .open {
            position += 1
            let inner = try parseExpression()
            guard !atEnd, tokens[position] == .close else { throw SCIMFilterError(reason: "missing ')'") }
            position += 1
            return inner
        }
        guard case .word(let path) = tokens[position], path.first?.isLetter == true else {
            throw SCIMFilterError(reason: "expected an attribute name, found \(peekText)")
        }
        position += 1
        guard !atEnd, case .word(let opText) = tokens[position], let op = SCIMFilter.Operator(rawValue: opText.lowercased()) else {
            throw SCIMFilterError(reason: "expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after '\(path)', found \(peekText)")
        }
        position += 1
        if op == .pr { return .compare(path: path, op: op, value: nil) }
        guard !atEnd else { throw SCIMFilterError(reason: "missing a value after '\(path) \(opText)'") }
        defer { position += 1 }
        switch tokens[position] {
        case .string(let s): return .compare(path: path, op: op, value: s)
        case .word("null"): return .compare(path: path, op: op, value: nil)
        case .word(let w) where w == "true" || w == "false" || Double(w) != nil: return .compare(path: path, op: op, value: w)
        default: throw SCIMFilterError(reason: "expected a quoted value after '\(path) \(opText)', found \(peekText)")
        }
    }

    private mutating func keyword(_ word: String) -> Bool {
        guard !atEnd, case .word(let w) = tokens[position], w.lowercased() == word else { return false }
        position += 1
        return true
    }
}
