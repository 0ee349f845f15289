import VigilEvent

/// Turns a rule's detections into compiled selections: slots for paths, tests for values.
struct SigmaCompiler {
    let plan: FieldPlan
    let configuration: SigmaConfiguration

    func selection(_ detection: SigmaDetection) throws(SigmaError) -> CompiledSelection {
        switch detection {
        case .fields(let items):
            return .all(try items.map { (item) throws(SigmaError) in try field(item) })
        case .anyOf(let list):
            return .any(try list.map { (d) throws(SigmaError) in try selection(d) })
        case .keywords(let values, let all):
            var compiled: [CompiledValue] = []
            for value in values {
                guard let text = value.text else { throw SigmaError(problem: "a keyword cannot be null") }
                // A keyword is found anywhere in the event, as pySigma's full-text backends search it.
                compiled.append(pattern(text, modifiers: [.contains], verb: "contains"))
            }
            return .keywords(compiled, all: all)
        }
    }

    func field(_ item: SigmaFieldItem) throws(SigmaError) -> FieldTest {
        guard let slot = plan.slot(for: item.field) else {
            throw SigmaError(problem: "field '\(item.field)' is not in the field plan the rule was compiled for")
        }
        let mods = item.modifiers
        let label = ([item.field] + mods.map(\.rawValue)).joined(separator: "|")
        func fail(_ problem: String) -> SigmaError { SigmaError(problem: "'\(label)': \(problem)") }

        if mods.contains(.exists) {
            guard mods == [.exists], item.values.count == 1, case .bool(let expected) = item.values[0] else {
                throw fail("'exists' takes one boolean (true or false) and no other modifier")
            }
            return FieldTest(slot: slot, field: item.field, kind: .exists(expected))
        }
        if item.values.contains(.null) {
            guard mods.isEmpty else { throw fail("null cannot be combined with modifiers") }
            return FieldTest(slot: slot, field: item.field, kind: .null)
        }
        let flags: Set<SigmaModifier> = [.i, .m, .s]
        if !mods.contains(.re), let flag = mods.first(where: flags.contains) {
            throw fail("'\(flag.rawValue)' is a sub-modifier of 're'")
        }
        let kinds = mods.filter { [.re, .cidr, .lt, .lte, .gt, .gte, .startswith, .endswith, .contains].contains($0) }
        if kinds.count > 1 { throw fail("'\(kinds[0].rawValue)' and '\(kinds[1].rawValue)' cannot be combined") }
        var values: [CompiledValue] = []
        for value in item.values {
            guard let text = value.text else { throw fail("null cannot be part of a list of values") }
            let texts = mods.contains(.expand) ? try expand(text).map { $0 } : [text]
            for text in texts {
                values.append(try compile(text, value: value, modifiers: mods, fail: fail))
            }
        }
        return FieldTest(slot: slot, field: item.field,
                         kind: .values(values, all: mods.contains(.all), negated: mods.contains(.neq)))
    }

    private func compile(_ text: String, value: SigmaValue, modifiers mods: [SigmaModifier],
                         fail: (String) -> SigmaError) throws(SigmaError) -> CompiledValue {
        let negated = mods.contains(.neq)
        if mods.contains(.re) {
            let regex = try RegexBox(pattern: text, caseInsensitive: mods.contains(.i), multiLine: mods.contains(.m),
                                     dotAll: mods.contains(.s))
            return CompiledValue(test: .regex(regex), phrase: "\(negated ? "does not match" : "matches") /\(text)/")
        }
        if mods.contains(.cidr) {
            guard let range = IPRange(cidr: text) else { throw fail("'\(text)' is not a CIDR network") }
            return CompiledValue(test: .cidr(range), phrase: "\(negated ? "is not in" : "is in") \(text)")
        }
        let comparisons: [(SigmaModifier, ValueTest.Comparison, String)] = [
            (.lt, .lt, "is less than"), (.lte, .lte, "is at most"), (.gt, .gt, "is greater than"), (.gte, .gte, "is at least"),
        ]
        if let (_, op, verb) = comparisons.first(where: { mods.contains($0.0) }) {
            guard case .number = value, let bound = Double(text) else { throw fail("'\(op.rawValue)' needs a number, not '\(text)'") }
            return CompiledValue(test: .compare(op, bound), phrase: "\(verb) \(text)")
        }
        let verb = mods.contains(.contains) ? "contains" : mods.contains(.startswith) ? "starts with"
            : mods.contains(.endswith) ? "ends with" : "is"
        return pattern(text, modifiers: mods, verb: negated ? (verb == "is" ? "is not" : "does not \(verb)") : verb)
    }

    private func pattern(_ text: String, modifiers mods: [SigmaModifier], verb: String) -> CompiledValue {
        var parts = BytePattern.sigmaParts(text)
        if mods.contains(.contains) || mods.contains(.endswith) { parts.insert(.any, at: 0) }
        if mods.contains(.contains) || mods.contains(.startswith) { parts.append(.any) }
        let compiled = BytePattern(parts: parts, caseSensitive: mods.contains(.cased))
        let quoted = "\"\(text)\""
        return CompiledValue(test: .pattern(compiled), phrase: "\(verb) \(quoted)")
    }

    /// Replaces `%name%` placeholders with the configured values (every combination when there are several);
    /// `\%` is a plain percent sign.
    func expand(_ text: String) throws(SigmaError) -> [String] {
        var results = [""]
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1] == "%" {
                results = results.map { $0 + "%" }
                i += 2
                continue
            }
            if c == "%", let close = chars[(i + 1)...].firstIndex(of: "%") {
                let name = String(chars[(i + 1)..<close])
                guard let values = configuration.values(of: name), !values.isEmpty else {
                    throw SigmaError(problem: "placeholder '%\(name)%' has no values in the configuration, so the rule cannot be used")
                }
                results = results.flatMap { prefix in values.map { prefix + $0 } }
                i = close + 1
                continue
            }
            results = results.map { $0 + String(c) }
            i += 1
        }
        chars = []
        return results
    }
}
