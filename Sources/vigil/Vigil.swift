import ArgumentParser
import VigilStore

/// The `vigil` command: Okta identity threat detection and response.
@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Identity threat detection and response for Okta.",
        discussion: ExitStatus.help,
        subcommands: [DemoCommand.self, ImportCommand.self, SearchCommand.self, AlertsCommand.self, DetectCommand.self, BacktestCommand.self,
                      RulesCommand.self, SimulateCommand.self, PruneCommand.self, UsersCommand.self,
                      ServeCommand.self, ConfigCommand.self, StatusCommand.self, IntegrationsCommand.self])

    static func main() async {
        EventStore.prepareProcess()
        await main(nil)
    }
}
