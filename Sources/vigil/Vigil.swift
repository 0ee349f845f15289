import ArgumentParser

/// The `vigil` command: Okta identity threat detection and response.
@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Identity threat detection and response for Okta.",
        discussion: ExitStatus.help,
        subcommands: [ImportCommand.self, SearchCommand.self, PruneCommand.self, SimulateCommand.self, DetectCommand.self,
                      RulesCommand.self])
}
