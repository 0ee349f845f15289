import Yams

/// Vigil's configuration file is one YAML document with a section per concern (`detection:`, `notifications:` ...);
/// each module decodes its own section and ignores the others.
public enum ConfigurationFile {
    /// The section `key` of `yaml`, or `nil` when the file has none. Errors name the key path.
    public static func section<T: Decodable>(_ key: String, of yaml: String, as type: T.Type = T.self) throws(ConfigurationError) -> T? {
        do {
            return try YAMLDecoder().decode(Section<T>.self, from: yaml, userInfo: [Section<T>.keyInfo: key]).value
        } catch {
            throw ConfigurationError(decoding: error)
        }
    }

    private struct Section<T: Decodable>: Decodable {
        static var keyInfo: CodingUserInfoKey { CodingUserInfoKey(rawValue: "vigil.section")! }
        let value: T?

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let key = Key(stringValue: decoder.userInfo[Self.keyInfo] as? String ?? "")
            // An empty file or a file of comments decodes as null: no sections at all.
            guard let container = try? decoder.container(keyedBy: Key.self) else { value = nil; return }
            value = try container.decodeIfPresent(T.self, forKey: key)
        }
    }
}
