import VigilEvent

/// Random LogEvent JSON aimed at the byte scanner's edge cases: every hot field present or not, with values
/// of any kind; look-alike keys (other case, one letter off, a prefix, a longer key); intermediate objects
/// wrapped in arrays; and text written with random whitespace and random (valid) escapes, in keys too.
struct RandomEventText {
    var rng: SplitMix64

    /// Characters for generated strings: ASCII, JSON specials, multi-byte UTF-8, and an astral scalar.
    private static let alphabet: [Character] = ["a", "Z", "0", " ", "=", ",", "{", "\"", "\\", "/", "\n", "\t", "\u{01}", "é", "日", "😀"]

    mutating func event() -> String {
        var root: JSONObject = ["uuid": .string("u-" + randomString()), "published": .string("2024-05-06T07:08:09.123Z"),
                                "eventType": .string("user.session.start")]
        for field in HotField.allCases.dropFirst(3) where rng.chance(0.6) {
            insert(into: &root, field.path.split(separator: ".").map(String.init)[...], leaf: randomLeaf())
        }
        var out = ""
        write(.object(root), into: &out)
        return out
    }

    private mutating func insert(into object: inout JSONObject, _ path: ArraySlice<String>, leaf: JSONValue) {
        guard let key = path.first else { return }
        addLookAlikes(of: key, to: &object)
        if path.count == 1 {
            object[key] = object[key] ?? leaf
            return
        }
        switch object[key] {
        case .object(var child)?:
            insert(into: &child, path.dropFirst(), leaf: leaf)
            object[key] = .object(child)
        case .array(var items)?:
            // Intermediate arrays hold one object, at the front.
            guard case .object(var child) = items[0] else { return }
            insert(into: &child, path.dropFirst(), leaf: leaf)
            items[0] = .object(child)
            object[key] = .array(items)
        case nil:
            var child = JSONObject()
            insert(into: &child, path.dropFirst(), leaf: leaf)
            object[key] = rng.chance(0.2) ? .array([.object(child), randomLeaf()]) : .object(child)
        default:
            return
        }
    }

    private mutating func addLookAlikes(of key: String, to object: inout JSONObject) {
        guard rng.chance(0.3) else { return }
        var chars = Array(key)
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: chars = chars.map { rng.chance(0.5) ? Character($0.uppercased()) : $0 }
        case 1: chars[Int.random(in: 0..<chars.count, using: &rng)] = "q"
        case 2: chars.removeLast()
        default: chars.append("x")
        }
        let lookAlike = String(chars)
        // A case variant is the same key to the scanner: keep it, both readers must report both values.
        if object[lookAlike] == nil && lookAlike != key { object[lookAlike] = randomLeaf() }
    }

    private mutating func randomLeaf() -> JSONValue {
        switch Int.random(in: 0..<9, using: &rng) {
        case 0: return .null
        case 1: return .bool(rng.chance(0.5))
        case 2: return .number(JSONNumber(text: ["0", "-0", "12.50", "-1.5e+3", "1E2", "123456789012345678901", "43.6567"].randomElement(using: &rng)!)!)
        case 3: return .array([])
        case 4: return .array([.string(randomString()), .number(JSONNumber(7)), .array([])])
        case 5: return .object(["nested": .string(randomString())])
        default: return .string(randomString())
        }
    }

    private mutating func randomString() -> String {
        String((0..<Int.random(in: 0..<20, using: &rng)).map { _ in Self.alphabet.randomElement(using: &rng)! })
    }

    private mutating func space(into out: inout String) {
        if rng.chance(0.3) { out += [" ", "\n", "\t", "  \r\n"].randomElement(using: &rng)! }
    }

    private mutating func write(_ value: JSONValue, into out: inout String) {
        space(into: &out)
        switch value {
        case .object(let object):
            out += "{"
            for (i, entry) in object.entries.enumerated() {
                if i > 0 { out += "," }
                space(into: &out)
                writeString(entry.key, into: &out)
                space(into: &out)
                out += ":"
                write(entry.value, into: &out)
            }
            space(into: &out)
            out += "}"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .string(let s): writeString(s, into: &out)
        default: out += value.jsonText()
        }
        space(into: &out)
    }

    /// Writes a string with every character escaped at random when JSON allows, and always when it requires.
    private mutating func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
            if mustEscape || rng.chance(0.15) {
                if scalar == "/" && rng.chance(0.5) { out += "\\/"; continue }
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16, uppercase: rng.chance(0.5))
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
