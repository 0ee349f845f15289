import Foundation
import Yams

/// What one Sigma YAML file holds: its rules and correlations, and notes about documents Vigil passes over.
public struct SigmaFile: Sendable {
    public var rules: [SigmaRule]
    public var correlations: [SigmaCorrelation]
    /// Documents Vigil does not evaluate (filters), skipped with a reason.
    public var notes: [String]

    /// Parses YAML text; `file` names it in messages. Throws on the first invalid rule.
    public init(yaml: String, file: String? = nil) throws(SigmaError) {
        var rules: [SigmaRule] = []
        var correlations: [SigmaCorrelation] = []
        var notes: [String] = []
        var documents: [Node] = []
        do {
            var sequence = try Yams.compose_all(yaml: yaml)
            while let document = sequence.next() { documents.append(document) }
            // The sequence stops at a syntax error and keeps it rather than throwing.
            if let error = sequence.error { throw error }
        } catch {
            throw SigmaError(file: file, problem: "invalid YAML: \(error)")
        }
        for (index, document) in documents.enumerated() {
            let map = document.mapping
            let title = map?["title"]?.scalar?.string ?? "document \(index + 1)"
            if map?["correlation"] != nil {
                correlations.append(try SigmaCorrelation(node: document, file: file))
                continue
            }
            if map?["filter"] != nil, map?["detection"] == nil {
                notes.append("\(file ?? "input"): skipped filter '\(title)': Sigma filters are not supported yet")
                continue
            }
            rules.append(try SigmaRule(node: document, file: file))
        }
        self.rules = rules
        self.correlations = correlations
        self.notes = notes
    }

    /// Reads and parses a file.
    public init(contentsOf url: URL) throws(SigmaError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw SigmaError(file: url.path, problem: "cannot read: \(error.localizedDescription)")
        }
        try self.init(yaml: text, file: url.path)
    }
}
