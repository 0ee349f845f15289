import ArgumentParser
import Foundation
import VigilDetect

/// `vigil rules test`: runs every rule's example events.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run each rule's examples (<name>.examples.json): 'match' events must raise it, 'nomatch' events must not.",
        discussion: "Tests the rules below each DIR, or the managed pack (and the analytics) when no DIR is given. For a file with correlations, the examples are event sequences that must (or must not) raise its outermost correlation. Exit status: 0 all passed, 1 a rule failed, 2 the rules could not be loaded.")

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
        var failed = 0, examples = 0, tested = 0
        for report in set.testExamples() {
            tested += 1
            examples += report.examples
            let name = "\(report.file.path): \(report.rule.rule.label)"
            if report.failures.isEmpty {
                Console.write("PASS \(name) (\(report.examples) examples)\n")
            } else {
                failed += 1
                Console.write("FAIL \(name)\n" + report.failures.map { "     - \($0)\n" }.joined())
            }
        }
        let sequences = set.testCorrelationExamples() + (directories.isEmpty ? set.testAnalyticExamples() : [])
        for report in sequences {
            tested += 1
            examples += report.sequences
            let name = "\(report.file.path): '\(report.name)'"
            if report.failures.isEmpty {
                Console.write("PASS \(name) (\(report.sequences) sequences)\n")
            } else {
                failed += 1
                Console.write("FAIL \(name)\n" + report.failures.map { "     - \($0)\n" }.joined())
            }
        }
        Console.error("\(tested - failed) of \(tested) rules, correlations and analytics passed, \(examples) examples run")
        if failed > 0 { throw ExitCode(1) }
    }
}
