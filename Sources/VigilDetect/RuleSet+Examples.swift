import Foundation

extension RuleSet {
    /// The outcome of one rule's examples.
    public struct ExampleReport: Sendable {
        public var rule: DetectionRule
        public var file: URL
        /// Empty when every example behaved.
        public var failures: [String]
        public var examples: Int
    }

    /// Runs every rule's examples (`<rule file name>.examples.json`); a rule without the file fails. Rules in a
    /// file that holds correlations are tested through the correlation (`testCorrelationExamples`).
    public func testExamples() -> [ExampleReport] {
        let correlationFiles = Set(correlationFiles)
        return rules.indices.filter { !correlationFiles.contains(files[$0]) }.map { index in
            let rule = rules[index]
            let file = files[index]
            let url = RuleFiles.examples(for: file)
            guard FileManager.default.fileExists(atPath: url.path) else {
                return ExampleReport(rule: rule, file: file, failures: ["no examples file \(url.lastPathComponent)"], examples: 0)
            }
            do {
                let examples = try RuleExamples(contentsOf: url)
                return ExampleReport(rule: rule, file: file, failures: examples.failures(of: index, in: self),
                                     examples: examples.match.count + examples.nomatch.count)
            } catch {
                return ExampleReport(rule: rule, file: file, failures: ["\(url.lastPathComponent): \(error)"], examples: 0)
            }
        }
    }
}
