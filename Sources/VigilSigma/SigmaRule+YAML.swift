import Yams

extension SigmaRule {
    /// Reads a rule from one YAML document's root node.
    init(node: Node, file: String?) throws(SigmaError) {
        guard let map = node.mapping else { throw SigmaError(file: file, problem: "a rule must be a YAML mapping") }
        func scalar(_ key: String) -> String? { map[key]?.scalar?.string }
        func strings(_ key: String) -> [String] {
            guard let value = map[key] else { return [] }
            if let s = value.scalar?.string { return [s] }
            return value.sequence?.compactMap { $0.scalar?.string } ?? []
        }
        let title = scalar("title") ?? ""
        let id = scalar("id")
        let label = id.map { "'\(title)' (\($0))" } ?? "'\(title)'"
        do throws(SigmaError) {
            guard !title.isEmpty else { throw SigmaError(problem: "missing 'title'") }
            let level = try Self.level(scalar("level"))
            let source = map["logsource"]?.mapping
            let logSource = SigmaLogSource(
                product: source?["product"]?.scalar?.string, service: source?["service"]?.scalar?.string,
                category: source?["category"]?.scalar?.string)
            guard let detection = map["detection"]?.mapping else { throw SigmaError(problem: "missing 'detection' mapping") }
            var detections: [(String, SigmaDetection)] = []
            var conditions: [String] = []
            for (keyNode, value) in detection {
                guard let key = keyNode.scalar?.string else { throw SigmaError(problem: "a detection key must be a string") }
                if key == "condition" {
                    if let s = value.scalar?.string { conditions = [s] } else if let list = value.sequence {
                        conditions = list.compactMap { $0.scalar?.string }
                    }
                    continue
                }
                if key == "timeframe" { continue }
                do throws(SigmaError) {
                    detections.append((key, try Self.detection(value)))
                } catch {
                    throw SigmaError(problem: "detection '\(key)': \(error.problem)")
                }
            }
            guard !conditions.isEmpty else { throw SigmaError(problem: "missing 'condition' in 'detection'") }
            let vigil = Self.vigilAttributes(map)
            self.init(
                title: title, id: id, name: scalar("name"), status: scalar("status"), description: scalar("description"),
                author: scalar("author"), date: scalar("date"), modified: scalar("modified"),
                references: strings("references"), tags: strings("tags"), falsePositives: strings("falsepositives"),
                level: level, logSource: logSource, detections: detections, conditions: conditions, vigil: vigil, file: file)
        } catch {
            throw error.located(file: file, rule: label)
        }
    }

    /// The `level` attribute, shared by rules and correlations.
    static func level(_ text: String?) throws(SigmaError) -> SigmaLevel? {
        guard let text else { return nil }
        guard let parsed = SigmaLevel(rawValue: text.lowercased()) else {
            throw SigmaError(problem: "'level' must be one of \(SigmaLevel.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
        }
        return parsed
    }

    /// Vigil's custom attributes (`vigil:` mapping), scalar values only.
    static func vigilAttributes(_ map: Node.Mapping) -> [String: String] {
        var vigil: [String: String] = [:]
        for (k, v) in map["vigil"]?.mapping ?? [:] {
            if let key = k.scalar?.string, let value = v.scalar?.string { vigil[key] = value }
        }
        return vigil
    }

    /// One search identifier's value: a map, a list of maps, or a list of keywords.
    static func detection(_ node: Node) throws(SigmaError) -> SigmaDetection {
        if let map = node.mapping {
            var items: [SigmaFieldItem] = []
            var keywordsAll: [SigmaValue]?
            for (keyNode, value) in map {
                guard let key = keyNode.scalar?.string else { throw SigmaError(problem: "a field name must be a string") }
                var parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let field = parts.removeFirst()
                var modifiers: [SigmaModifier] = []
                for part in parts { modifiers.append(try SigmaModifier.parse(part)) }
                let values = try Self.values(value)
                if field.isEmpty {
                    // `'|all': [...]` is the keyword form that ANDs its keywords.
                    guard modifiers == [.all] else { throw SigmaError(problem: "an empty field name is only allowed as '|all' keywords") }
                    keywordsAll = values
                    continue
                }
                items.append(SigmaFieldItem(field: field, modifiers: modifiers, values: values))
            }
            if let keywordsAll {
                guard items.isEmpty else { throw SigmaError(problem: "'|all' keywords cannot be mixed with fields") }
                return .keywords(keywordsAll, all: true)
            }
            guard !items.isEmpty else { throw SigmaError(problem: "an empty map matches nothing") }
            return .fields(items)
        }
        if let list = node.sequence {
            guard !list.isEmpty else { throw SigmaError(problem: "an empty list matches nothing") }
            if list.allSatisfy({ $0.mapping != nil }) {
                return .anyOf(try list.map { (n) throws(SigmaError) in try detection(n) })
            }
            if list.allSatisfy({ $0.scalar != nil }) {
                return .keywords(try list.map { (n) throws(SigmaError) in try value(n) }, all: false)
            }
            throw SigmaError(problem: "a list must hold either maps or plain values, not both")
        }
        if node.scalar != nil { return .keywords([try value(node)], all: false) }
        throw SigmaError(problem: "unsupported YAML node")
    }

    /// A field's value: a scalar, or a list of scalars.
    static func values(_ node: Node) throws(SigmaError) -> [SigmaValue] {
        if let list = node.sequence {
            guard !list.isEmpty else { throw SigmaError(problem: "an empty value list matches nothing") }
            let values = try list.map { (n) throws(SigmaError) in try value(n) }
            if values.count > 1, values.contains(.null) {
                // The specification forbids it: null is its own type and shares no list with other values.
                throw SigmaError(problem: "null cannot be part of a list of values; use a separate selection")
            }
            return values
        }
        return [try value(node)]
    }

    static func value(_ node: Node) throws(SigmaError) -> SigmaValue {
        guard let scalar = node.scalar else { throw SigmaError(problem: "a value must be a scalar, not a nested map or list") }
        switch node.tag.rawValue {
        case Tag.Name.null.rawValue: return .null
        case Tag.Name.bool.rawValue: return .bool(node.bool ?? false)
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return .number(scalar.string)
        default: return .string(scalar.string)
        }
    }
}
