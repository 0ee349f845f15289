import ArgumentParser

/// `vigil alerts`: list, inspect and triage stored alerts. Without a subcommand it lists.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "List, show and triage stored alerts.",
        discussion: """
            `vigil alerts` lists (most severe, then newest, first); `vigil alerts show ID` explains one alert with \
            its evidence and history; `ack`, `resolve` and `false-positive` move an alert through its lifecycle \
            (new → acknowledged → resolved or false_positive; a closed alert can be reopened with `reopen`).

            \(ExitStatus.help)
            """,
        subcommands: [AlertsListCommand.self, AlertsShowCommand.self, AlertsAckCommand.self, AlertsResolveCommand.self,
                      AlertsFalsePositiveCommand.self, AlertsReopenCommand.self],
        defaultSubcommand: AlertsListCommand.self)

    static let severities = ["informational", "low", "medium", "high", "critical"]
}
