/// A JSON object as an ordered list of entries, so that key order and duplicate keys survive a round trip.
///
/// Equality ignores key order (as JSON does); the order still matters when the object is written out.
public struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One key and its value.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        entries = elements.map { Entry($0.0, $0.1) }
    }

    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The value of the first entry with `key` (the byte scanner also reports the first). Setting a value
    /// replaces that entry in place and drops later duplicates; setting `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get { entries.first(where: { $0.key == key })?.value }
        set {
            guard let newValue else {
                entries.removeAll { $0.key == key }
                return
            }
            guard let index = entries.firstIndex(where: { $0.key == key }) else {
                entries.append(Entry(key, newValue))
                return
            }
            entries[index].value = newValue
            entries = entries.enumerated().filter { $0.offset <= index || $0.element.key != key }.map(\.element)
        }
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.count == b.count else { return false }
        // A stable sort by key keeps duplicates in their relative order, so they are compared pairwise.
        func sorted(_ o: JSONObject) -> [Entry] {
            o.entries.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element)
        }
        return sorted(a) == sorted(b)
    }
}
