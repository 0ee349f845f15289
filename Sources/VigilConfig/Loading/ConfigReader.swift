import Foundation

/// Reads `ConfigNode`s into typed values, recording a problem — with the key path and origin — for each value it
/// cannot use, and carrying on, so that one pass finds every problem.
struct ConfigReader {
    private(set) var problems: [ConfigProblem] = []

    mutating func problem(_ path: String, _ node: ConfigNode?, _ message: String) {
        problems.append(ConfigProblem(path: path, message: message, origin: node?.origin))
    }

    mutating func problem(origin: String, _ message: String) {
        problems.append(ConfigProblem(path: "", message: message, origin: origin))
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The entries of a map, reporting keys outside `known` (misspelt keys in a security tool's configuration
    /// must not be ignored) and keys given twice.
    mutating func map(_ node: ConfigNode, _ path: String, known: Set<String>) -> Fields? {
        guard case .map(let entries, _) = node else {
            problem(path, node, "must be a mapping of keys to values")
            return nil
        }
        var seen: Set<String> = []
        for entry in entries {
            if !seen.insert(entry.key).inserted { problem(Self.join(path, entry.key), entry.value, "is given twice") }
            if !known.contains(entry.key) {
                problem(Self.join(path, entry.key), entry.value, "unknown key (expected one of: \(known.sorted().joined(separator: ", ")))")
            }
        }
        return Fields(path: path, entries: entries)
    }

    /// A map's values by key, with the map's path.
    struct Fields {
        let path: String
        let entries: [ConfigNode.Entry]

        subscript(_ key: String) -> ConfigNode? {
            entries.last { $0.key == key }.flatMap { node in
                if case .scalar("", _) = node.value { return nil }  // `key:` with no value counts as absent
                return node.value
            }
        }

        func path(_ key: String) -> String { ConfigReader.join(path, key) }
        func has(_ key: String) -> Bool { self[key] != nil }
    }

    mutating func string(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let s, _) = node else {
            problem(fields.path(key), node, "must be a single value, not a list or mapping")
            return nil
        }
        return s
    }

    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let s = string(fields, key) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default:
            problem(fields.path(key), fields[key], "must be true or false, not '\(s)'")
            return nil
        }
    }

    mutating func number(_ fields: Fields, _ key: String) -> Double? {
        guard let s = string(fields, key) else { return nil }
        guard let value = Double(s), value.isFinite else {
            problem(fields.path(key), fields[key], "must be a number, not '\(s)'")
            return nil
        }
        return value
    }

    /// A duration: a number with a unit, `500ms`, `10s`, `5m`, `1h`, `7d`.
    mutating func duration(_ fields: Fields, _ key: String) -> Double? {
        guard let s = string(fields, key) else { return nil }
        guard let seconds = Self.seconds(s) else {
            problem(fields.path(key), fields[key], "must be a duration such as 10s, 5m, 1h or 7d, not '\(s)'")
            return nil
        }
        return seconds
    }

    static func seconds(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            if let n = Double(trimmed.dropLast(unit.count).trimmingCharacters(in: .whitespaces)), n >= 0, n.isFinite { return n * factor }
        }
        return nil
    }

    mutating func strings(_ fields: Fields, _ key: String) -> [String]? {
        guard let node = fields[key] else { return nil }
        switch node {
        case .list(let items, _):
            return items.enumerated().compactMap { i, item in
                guard case .scalar(let s, _) = item else {
                    problem("\(fields.path(key))[\(i)]", item, "must be a single value")
                    return nil
                }
                return s
            }
        case .scalar(let s, _):
            // A comma-separated scalar, as an environment variable or flag gives it.
            return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .map:
            problem(fields.path(key), node, "must be a list")
            return nil
        }
    }

    /// A secret given as `<base>_env` (an environment variable's name) or `<base>_file` (a path), never inline.
    mutating func secret(_ fields: Fields, _ base: String) -> SecretReference? {
        let env = string(fields, base + "_env"), file = string(fields, base + "_file")
        switch (env, file) {
        case (let env?, nil): return .environment(env)
        case (nil, let file?): return .file(file)
        case (.some, .some):
            problem(fields.path(base + "_env"), fields[base + "_env"], "give either \(base)_env or \(base)_file, not both")
            return nil
        case (nil, nil): return nil
        }
    }
}
