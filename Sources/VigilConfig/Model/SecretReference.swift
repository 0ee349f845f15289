import Foundation

/// Where a secret is kept: never in the configuration itself, but in an environment variable or a file (a mounted
/// Kubernetes secret, a file only the service user can read). Resolved when the service starts.
public enum SecretReference: Sendable, Hashable, CustomStringConvertible {
    case environment(String)
    case file(String)

    /// Reads the secret. A file's trailing newline is dropped, since editors and `echo` add one.
    public func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(SecretError) -> Secret {
        switch self {
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw SecretError(message: "environment variable \(name) is not set or empty")
            }
            return Secret(value)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SecretError(message: "cannot read secret file \(path)")
            }
            var text = String(decoding: data, as: UTF8.self)
            while text.last?.isNewline == true { text.removeLast() }
            guard !text.isEmpty else { throw SecretError(message: "secret file \(path) is empty") }
            return Secret(text)
        }
    }

    /// Says where the secret is, never what it is.
    public var description: String {
        switch self {
        case .environment(let name): "$\(name)"
        case .file(let path): "file \(path)"
        }
    }
}

/// Why a secret could not be read.
public struct SecretError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
