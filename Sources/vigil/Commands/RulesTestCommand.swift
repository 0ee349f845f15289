import ArgumentParser
import Foundation
import VigilDetect

/// `vigil rules test`: runs every rule's example events.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run each rule's examples (<name>.examples.json): 'match' events must raise it, 'nomatch' events must not.",
        discussion: "Tests the rules below each DIR, or the managed pack when no DIR is given. Exit status: 0 all passed, 1 a rule failed, 2 the rules could not be loaded.")

    @Argument(help: ArgumentHelp("Rule directories or files (default: the managed pack).", valueName: "DIR"))
    var directories: [String] = []

    @Option(name: .customLong("placeholder"), help: ArgumentHelp("A value for a %NAME% placeholder; repeatable.", valueName: "NAME=VALUE"))
    var placeholders: [String] = []

    func run() throws {
        var options = RuleOptions()
        options.directories = directories
        options.noManaged = !directories.isEmpty
        options.placeholders = placeholders
        let set = try options.load()
        var failed = 0, examples = 0
        for report in set.testExamples() {
            examples += report.examples
            let name = "\(report.file.path): \(report.rule.rule.label)"
            if report.failures.isEmpty {
                Console.write("PASS \(name) (\(report.examples) examples)\n")
            } else {
                failed += 1
                Console.write("FAIL \(name)\n" + report.failures.map { "     - \($0)\n" }.joined())
            }
        }
        Console.error("\(set.rules.count - failed) of \(set.rules.count) rules passed, \(examples) examples run")
        if failed > 0 { throw ExitCode(1) }
    }
}
