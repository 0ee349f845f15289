import Foundation
import Testing
@testable import VigilDetect

/// The managed correlations and analytics as shipped: each one's example sequences behave.
@Suite struct SequenceExamplesTests {
    @Test func everyManagedCorrelationRunsItsExamples() throws {
        let set = try RuleSet()
        let reports = set.testCorrelationExamples()
        #expect(reports.count >= 11)
        for report in reports {
            #expect(report.failures.isEmpty, "\(report.file.lastPathComponent) (\(report.name)): \(report.failures)")
        }
    }

    @Test func everyAnalyticRunsItsExamples() throws {
        let set = try RuleSet()
        let reports = set.testAnalyticExamples()
        #expect(reports.count == 10)
        for report in reports {
            #expect(report.failures.isEmpty, "\(report.file.lastPathComponent) (\(report.name)): \(report.failures)")
        }
    }
}
