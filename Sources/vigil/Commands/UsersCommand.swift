import ArgumentParser

/// `vigil users`: local accounts of the web UI and REST API.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage local accounts of Vigil's web UI and REST API.",
        subcommands: [UsersCreateAdminCommand.self])
}
