import Foundation

/// Turns what a person typed into an FTS5 query that cannot fail to parse.
///
/// Each word becomes a quoted prefix term, and words are ANDed. Characters that the tokenizer does not keep
/// inside tokens split a word into several terms, because the index stores no positions (no phrases).
enum FTSQuery {
    static func make(_ text: String) -> String? {
        var terms: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            var current = ""
            for ch in word {
                if ch.isLetter || ch.isNumber || ".@:-_".contains(ch) {
                    current.append(ch)
                } else if !current.isEmpty {
                    terms.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { terms.append(current) }
        }
        // Leading/trailing punctuation would make a token the tokenizer never produced.
        let cleaned = terms.map { $0.trimmingCharacters(in: .init(charactersIn: ".:-")) }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { return nil }
        return cleaned.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " AND ")
    }
}
