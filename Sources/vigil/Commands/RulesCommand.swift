import ArgumentParser

/// `vigil rules`: inspect, check and test detection rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, lint and test Sigma detection rules (the managed pack and your own).",
        subcommands: [RulesListCommand.self, RulesLintCommand.self, RulesTestCommand.self])
}
