import Foundation

/// A value that must never reach a log: a webhook URL (the URL is the credential for Slack), an HMAC key.
/// In configuration it is written inline or, better, as `{env: NAME}` to read it from the environment.
public struct Secret: Sendable, Decodable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public let value: String

    public init(_ value: String) { self.value = value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }

    enum CodingKeys: String, CodingKey { case env }

    public init(from decoder: any Decoder) throws {
        if let inline = try? decoder.singleValueContainer().decode(String.self) {
            guard !inline.isEmpty else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "empty secret"))
            }
            value = inline
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .env)
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .env, in: c, debugDescription: "environment variable \(name) is not set")
        }
        self.value = value
    }

    /// `text` with every occurrence of the secret replaced, for error messages that might quote it.
    public func redact(_ text: String) -> String {
        text.replacingOccurrences(of: value, with: "<redacted>")
    }
}
