/// Writes a `LogObject`'s fields back to a JSON object in the layout it was decoded from.
struct FieldWriter {
    let layout: SourceLayout
    private var entries: [JSONObject.Entry] = []

    init(layout: SourceLayout) { self.layout = layout }

    mutating func write<Value>(_ key: String, _ value: Value?, _ coercion: Coercion<Value>) {
        // The value as sent wins while the property still holds what was decoded from it, so a quirky or
        // unusable value survives a round trip; once the property is changed, the new value is written.
        if let original = layout.originals[key], coercion.decode(original)?.value == value {
            entries.append(JSONObject.Entry(key, original))
        } else if let value {
            entries.append(JSONObject.Entry(key, coercion.encode(value)))
        }
    }

    /// The modeled entries and `additional` together: keys from the source in its order, new ones after.
    func finish(additional: JSONObject) -> JSONObject {
        let all = entries + additional.entries
        guard !layout.keys.isEmpty else { return JSONObject(all) }
        var position: [String: Int] = [:]
        for (i, key) in layout.keys.enumerated() where position[key] == nil { position[key] = i }
        let ordered = all.enumerated().sorted {
            (position[$0.element.key] ?? .max, $0.offset) < (position[$1.element.key] ?? .max, $1.offset)
        }
        return JSONObject(ordered.map(\.element))
    }
}
