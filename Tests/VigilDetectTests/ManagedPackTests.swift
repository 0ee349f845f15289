import Foundation
import Testing
@testable import VigilDetect

/// The managed pack as shipped: it loads, every rule's examples pass, and it follows the layout's conventions.
@Suite struct ManagedPackTests {
    @Test func packDirectoryIsBundled() {
        #expect(FileManager.default.fileExists(atPath: ManagedRules.directory.appendingPathComponent("README.md").path))
    }

    @Test func everyRuleRunsItsExamples() throws {
        let set = try RuleSet()
        #expect(!set.rules.isEmpty)
        #expect(set.rules.filter { !$0.managed }.isEmpty)
        for report in set.testExamples() {
            #expect(report.failures.isEmpty, "\(report.file.lastPathComponent): \(report.failures)")
        }
    }

    @Test func packIsLintClean() {
        let issues = RuleLint(requireVigilAuthor: true).lint([ManagedRules.directory])
        #expect(issues.isEmpty, "\(issues.map(\.description))")
    }
}
