import Yams

extension SigmaCorrelation {
    /// Reads a correlation from one YAML document's root node (a mapping with a `correlation` key).
    init(node: Node, file: String?) throws(SigmaError) {
        guard let map = node.mapping else { throw SigmaError(file: file, problem: "a rule must be a YAML mapping") }
        func scalar(_ key: String) -> String? { map[key]?.scalar?.string }
        func strings(_ node: Node?) -> [String] {
            guard let node else { return [] }
            if let s = node.scalar?.string { return [s] }
            return node.sequence?.compactMap { $0.scalar?.string } ?? []
        }
        let title = scalar("title") ?? ""
        let id = scalar("id")
        let label = id.map { "'\(title)' (\($0))" } ?? "'\(title)'"
        do throws(SigmaError) {
            guard !title.isEmpty else { throw SigmaError(problem: "missing 'title'") }
            guard let body = map["correlation"]?.mapping else { throw SigmaError(problem: "'correlation' must be a mapping") }
            guard let typeText = body["type"]?.scalar?.string else { throw SigmaError(problem: "missing 'correlation.type'") }
            guard let type = CorrelationType(rawValue: typeText) else {
                let supported = CorrelationType.allCases.map(\.rawValue).joined(separator: ", ")
                throw SigmaError(problem: "correlation type '\(typeText)' is not supported (supported: \(supported))")
            }
            let rules = strings(body["rules"])
            guard !rules.isEmpty else { throw SigmaError(problem: "'correlation.rules' must name at least one rule") }
            if (type == .temporal || type == .temporalOrdered), rules.count < 2 {
                throw SigmaError(problem: "a \(type.rawValue) correlation relates at least two rules")
            }
            guard let span = scalar("timespan") ?? body["timespan"]?.scalar?.string else {
                throw SigmaError(problem: "missing 'correlation.timespan'")
            }
            guard let millis = Self.timespan(span) else {
                throw SigmaError(problem: "timespan '\(span)' must be a number and one of s, m, h, d (e.g. 10m)")
            }
            let condition = try Self.condition(body["condition"], type: type, rules: rules.count)
            var aliases: [String: [String: String]] = [:]
            for (aliasNode, value) in body["aliases"]?.mapping ?? [:] {
                guard let alias = aliasNode.scalar?.string, let fields = value.mapping else {
                    throw SigmaError(problem: "each alias must map rule names to field names")
                }
                for (ruleNode, fieldNode) in fields {
                    guard let rule = ruleNode.scalar?.string, let field = fieldNode.scalar?.string else {
                        throw SigmaError(problem: "alias '\(alias)': each rule name must map to one field name")
                    }
                    guard rules.contains(rule) else {
                        throw SigmaError(problem: "alias '\(alias)' names '\(rule)', which the correlation does not refer to")
                    }
                    aliases[alias, default: [:]][rule] = field
                }
            }
            let level = try SigmaRule.level(scalar("level"))
            let vigil = SigmaRule.vigilAttributes(map)
            let generateNode = body["generate"] ?? map["generate"]
            self.init(
                title: title, id: id, name: scalar("name"), status: scalar("status"), description: scalar("description"),
                author: scalar("author"), date: scalar("date"), references: strings(map["references"]), tags: strings(map["tags"]),
                falsePositives: strings(map["falsepositives"]), level: level, type: type, rules: rules,
                groupBy: strings(body["group-by"]), timespanMillis: millis, timespanText: span, condition: condition,
                aliases: aliases, generate: generateNode?.bool ?? false, vigil: vigil, file: file)
        } catch {
            throw error.located(file: file, rule: label)
        }
    }

    /// `30s`, `10m`, `2h`, `7d` in milliseconds.
    static func timespan(_ text: String) -> Int64? {
        guard let unit = text.last, let n = Int64(text.dropLast()), n > 0 else { return nil }
        switch unit {
        case "s": return n * 1_000
        case "m": return n * 60_000
        case "h": return n * 3_600_000
        case "d": return n * 86_400_000
        default: return nil
        }
    }

    static func condition(_ node: Node?, type: CorrelationType, rules: Int) throws(SigmaError) -> CorrelationCondition {
        guard let map = node?.mapping else {
            // Temporal correlations need every referred rule unless told otherwise; counts must say their threshold.
            guard type == .temporal || type == .temporalOrdered else {
                throw SigmaError(problem: "an \(type.rawValue) correlation needs a 'condition' (e.g. gte: 10)")
            }
            return CorrelationCondition(comparisons: [(.gte, rules)])
        }
        var comparisons: [(op: CorrelationCondition.Operator, value: Int)] = []
        var field: String?
        for (keyNode, value) in map {
            guard let key = keyNode.scalar?.string else { throw SigmaError(problem: "condition keys must be strings") }
            if key == "field" {
                guard let name = value.scalar?.string else { throw SigmaError(problem: "'condition.field' must be a field name") }
                field = name
                continue
            }
            guard let op = CorrelationCondition.Operator(rawValue: key) else {
                throw SigmaError(problem: "condition '\(key)' is not one of gt, gte, lt, lte, eq, neq, field")
            }
            guard let text = value.scalar?.string, let number = Int(text) else {
                throw SigmaError(problem: "condition '\(key)' needs a whole number")
            }
            comparisons.append((op, number))
        }
        guard !comparisons.isEmpty else { throw SigmaError(problem: "the condition needs a comparison (gt, gte, lt, lte, eq or neq)") }
        if type == .valueCount, field == nil { throw SigmaError(problem: "a value_count condition needs 'field'") }
        if type != .valueCount, field != nil { throw SigmaError(problem: "'condition.field' only applies to value_count") }
        return CorrelationCondition(comparisons: comparisons, field: field)
    }
}
