/// A problem with a Sigma rule: which file, which rule, and what is wrong, so an author can fix it without guessing.
public struct SigmaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the rule came from, if it came from a file.
    public var file: String?
    /// The rule's title and id as far as they could be read.
    public var rule: String?
    public var problem: String

    public init(file: String? = nil, rule: String? = nil, problem: String) {
        self.file = file
        self.rule = rule
        self.problem = problem
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let rule { parts.append("rule \(rule)") }
        parts.append(problem)
        return parts.joined(separator: ": ")
    }

    /// The same problem, attributed to a file and rule (keeps what is already known).
    func located(file: String?, rule: String?) -> SigmaError {
        SigmaError(file: self.file ?? file, rule: self.rule ?? rule, problem: problem)
    }
}
