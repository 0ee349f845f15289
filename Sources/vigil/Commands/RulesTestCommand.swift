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
        func record(_ name: String, _ failures: [String], count: Int, of unit: String) {
            tested += 1
            examples += count
            if failures.isEmpty {
                Console.write("PASS \(name) (\(count) \(unit))\n")
            } else {
                failed += 1
                Console.write("FAIL \(name)\n" + failures.map { "     - \($0)\n" }.joined())
            }
        }
        for report in set.testExamples() {
            record("\(report.file.path): \(report.rule.rule.label)", report.failures, count: report.examples, of: "examples")
        }
        let sequences = set.testCorrelationExamples() + (directories.isEmpty ? set.testAnalyticExamples() : [])
        for report in sequences {
            record("\(report.file.path): '\(report.name)'", report.failures, count: report.sequences, of: "sequences")
        }
        Console.error("\(tested - failed) of \(tested) rules, correlations and analytics passed, \(examples) examples run")
        if failed > 0 { throw ExitCode(1) }
    }
}
