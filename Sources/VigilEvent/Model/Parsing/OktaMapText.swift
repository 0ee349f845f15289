/// Splits Okta's rendering of a Java map, `{key=value, key=value}` (debugData `behaviors` and `risk`), into
/// ordered entries.
///
/// Values may contain ", " themselves (`reasons=Anomalous Device, Anomalous Location`), so a piece starts a new
/// entry only when `isKey` accepts the text before its first `=`; any other piece continues the previous
/// value. Malformed text never fails: braces are optional and text before the first key is ignored.
enum OktaMapText {
    static func entries(_ text: String, isKey: (Substring) -> Bool) -> [OktaMapEntry] {
        var body = text.trimmingWhitespace()
        if body.hasPrefix("{") { body.removeFirst() }
        if body.hasSuffix("}") { body.removeLast() }
        var entries: [OktaMapEntry] = []
        for rawPiece in body.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = rawPiece.trimmingWhitespace()
            if let eq = piece.firstIndex(of: "="), case let key = piece[..<eq].trimmingWhitespace(), isKey(key) {
                entries.append(OktaMapEntry(String(key), String(piece[piece.index(after: eq)...].trimmingWhitespace())))
            } else if !entries.isEmpty, !piece.isEmpty {
                entries[entries.count - 1].value += (entries[entries.count - 1].value.isEmpty ? "" : ", ") + piece
            }
        }
        return entries
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { !$0.isWhitespace }), let last = s.lastIndex(where: { !$0.isWhitespace }) else {
            return s[s.endIndex...]
        }
        return s[first...last]
    }
}
