import Foundation

/// A compiled regular expression for the `re` modifier.
///
/// `NSRegularExpression` is immutable after creation and documented as safe to use from several threads, which
/// is why sharing it across concurrent rule evaluations is sound.
final class RegexBox: @unchecked Sendable {
    let regex: NSRegularExpression
    let pattern: String

    init(pattern: String, caseInsensitive: Bool, multiLine: Bool, dotAll: Bool) throws(SigmaError) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        if multiLine { options.insert(.anchorsMatchLines) }
        if dotAll { options.insert(.dotMatchesLineSeparators) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw SigmaError(problem: "invalid regular expression '\(pattern)'")
        }
        self.pattern = pattern
    }

    /// Whether the expression matches anywhere in `text` (a search, as Sigma backends do, not a full match).
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
