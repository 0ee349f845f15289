import ArgumentParser
import Foundation
import VigilDetect

/// `vigil rules lint`: checks rules against Vigil's rule conventions.
struct RulesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check rule files: required metadata, UUID ids without duplicates, ATT&CK tags, known Okta event types.",
        discussion: """
            Checks every rule below each DIR (default: the managed pack) for the metadata Vigil's rule layout requires \
            (title, id, status, description, author, date, logsource okta/okta, level, ATT&CK tags, falsepositives), \
            that ids are UUIDs used once, that ATT&CK tags are well formed, that every 'eventType' value is in Okta's \
            event-type catalog, and that the rule compiles. Exit status: 0 clean, 1 problems found.
            """)

    @Argument(help: ArgumentHelp("Rule directories or files (default: the managed pack).", valueName: "DIR"))
    var directories: [String] = []

    @Flag(help: "Require 'author: Vigil', as in the managed pack (always on when no DIR is given).")
    var managedConventions = false

    @Option(name: .customLong("placeholder"), help: ArgumentHelp("A value for a %NAME% placeholder; repeatable.", valueName: "NAME=VALUE"))
    var placeholders: [String] = []

    func run() throws {
        let urls = directories.isEmpty ? [ManagedRules.directory] : directories.map { URL(fileURLWithPath: $0) }
        var options = RuleOptions()
        options.placeholders = placeholders
        let lint = RuleLint(requireVigilAuthor: managedConventions || directories.isEmpty, configuration: try options.configuration)
        let issues = lint.lint(urls)
        for issue in issues { Console.write("\(issue)\n") }
        Console.error(issues.isEmpty ? "no problems found" : "\(issues.count) problems found")
        if !issues.isEmpty { throw ExitCode(1) }
    }
}
