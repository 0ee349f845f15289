import ArgumentParser
import Foundation
import VigilStore
import VigilWeb

/// `vigil users create-admin`: the first account, made from the command line so no web form is ever open to
/// whoever reaches the server first.
struct UsersCreateAdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-admin",
        abstract: "Create an admin account for the web UI (prints a generated password unless one is given).",
        discussion: """
            The password is read from the environment variable named by --password-env (so it never appears in \
            the shell history or the process list); without it, a random password is generated and printed once. \
            Passwords are stored as bcrypt hashes.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDir: DataDirectoryOption
    @Option(help: "The account's username.") var username = "admin"
    @Option(help: "Read the password from this environment variable (at least \(Passwords.minimumLength) characters).")
    var passwordEnv: String?

    func run() throws {
        let password: String
        if let passwordEnv {
            guard let value = ProcessInfo.processInfo.environment[passwordEnv], !value.isEmpty else {
                Console.error("the environment variable \(passwordEnv) is not set")
                throw ExitStatus.failure
            }
            password = value
        } else {
            password = Passwords.generate()
        }
        let store = try dataDir.openStore()
        defer { try? store.close() }
        do {
            try Passwords.createAccount(in: store, username: username, password: password, role: .admin)
            try store.recordAudit(AuditEntry(actor: "cli", action: "account.create", target: "account:\(username)", detail: "role=admin"))
        } catch let error as PasswordError {
            Console.error("cannot create '\(username)': \(error)")
            throw ExitStatus.failure
        } catch let error as AccountError {
            Console.error("cannot create '\(username)': \(error)")
            throw ExitStatus.failure
        }
        Console.error("created admin account '\(username)' in \(dataDir.url.path)")
        if passwordEnv == nil {
            Console.out("password: \(password)")
            Console.error("(shown once: store it in your password manager)")
        }
    }
}
