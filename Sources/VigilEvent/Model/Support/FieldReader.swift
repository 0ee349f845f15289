/// Reads the modeled keys of one JSON object for a `LogObject` and collects what is left over.
struct FieldReader {
    private let object: JSONObject
    /// Modeled keys read so far; their first entry is consumed (a duplicate stays an additional field).
    private var read: Set<String> = []
    private(set) var layout: SourceLayout

    init(_ object: JSONObject) {
        self.object = object
        layout = SourceLayout(keys: object.keys)
    }

    /// The value of `key`, converted; `nil` for an absent key, `null` or an unusable value (every coercion
    /// rejects `null`).
    mutating func read<Value>(_ key: String, _ coercion: Coercion<Value>) -> Value? {
        read.insert(key)
        guard let json = object[key] else { return nil }
        // An explicit null is kept like an unusable value: written back while the property stays nil.
        guard let (value, exact) = coercion.decode(json) else {
            layout.originals[key] = json
            return nil
        }
        if !exact { layout.originals[key] = json }
        return value
    }

    /// The entries no field read, in source order.
    var unread: JSONObject {
        var consumed: Set<String> = []
        return JSONObject(object.entries.filter { entry in
            guard read.contains(entry.key) else { return true }
            return !consumed.insert(entry.key).inserted
        })
    }
}
