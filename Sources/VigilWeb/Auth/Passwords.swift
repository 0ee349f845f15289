import Foundation
import HummingbirdBcrypt
import VigilStore

/// Local account passwords: bcrypt, with a minimum length.
public enum Passwords {
    public static let minimumLength = 12

    /// A random password of 24 URL-safe characters, for `vigil users create-admin` when none is given.
    public static func generate() -> String { String(SecretToken.generate().prefix(24)) }

    /// Creates an account with a bcrypt-hashed password. Throws `PasswordError` for a short password and
    /// `AccountError.usernameTaken` for a taken name.
    @discardableResult
    public static func createAccount(in store: EventStore, username: String, password: String, role: AccountRole,
                                     cost: UInt8 = 12) throws -> Account {
        guard !username.isEmpty, username.count <= 64, username.allSatisfy({ $0.isLetter || $0.isNumber || "._@-".contains($0) }) else {
            throw PasswordError.badUsername
        }
        return try store.createAccount(username: username, passwordHash: hash(password, cost: cost), role: role)
    }

    /// The bcrypt hash of an acceptable password; throws `PasswordError.tooShort` for a short one.
    public static func hash(_ password: String, cost: UInt8 = 12) throws(PasswordError) -> String {
        guard password.count >= minimumLength else { throw PasswordError.tooShort(minimumLength) }
        return Bcrypt.hash(password, cost: cost)
    }

    static func verify(_ password: String, against account: Account) -> Bool {
        Bcrypt.verify(password, hash: account.passwordHash)
    }
}

public enum PasswordError: Error, Sendable, CustomStringConvertible {
    case tooShort(Int)
    case badUsername

    /// The form field at fault.
    public var field: String {
        switch self {
        case .tooShort: "password"
        case .badUsername: "username"
        }
    }

    public var description: String {
        switch self {
        case .tooShort(let n): "the password must be at least \(n) characters"
        case .badUsername: "usernames are 1–64 letters, digits, '.', '_', '@' or '-'"
        }
    }
}
