import Foundation

/// RFC 8288 `Link` headers as Okta sends them: `<url>; rel="self"` and `<url>; rel="next"`, either as separate
/// header lines (Okta's usual form) or comma-separated in one line. Okta's cursors are opaque, so URLs are kept
/// exactly as sent.
public struct LinkHeader: Sendable, Equatable {
    /// One link and its relation types (a `rel` may name several, space-separated; kept lowercased).
    public struct Link: Sendable, Equatable {
        public var url: String
        public var relations: [String]
    }

    /// Every link, in order.
    public private(set) var links: [Link]

    /// Parses all `Link` header values (one per header line).
    public init(values: [String]) {
        links = values.flatMap(Self.parse)
    }

    /// The first link with relation `rel` (case-insensitive, as RFC 8288 says).
    public func url(rel: String) -> String? {
        let wanted = rel.lowercased()
        return links.first { $0.relations.contains(wanted) }?.url
    }

    public var next: String? { url(rel: "next") }
    public var selfLink: String? { url(rel: "self") }

    /// One header value: `<a>; rel="x", <b>; rel=y; title="t, u"`. Commas inside `<…>` or quotes do not split.
    private static func parse(_ value: String) -> [Link] {
        var links: [Link] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let url = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            // Parameters run until a comma outside quotes.
            var params = ""
            var inQuotes = false
            var end = rest.endIndex
            for i in rest.indices {
                let c = rest[i]
                if c == "\"" { inQuotes.toggle() }
                if c == "," && !inQuotes { end = i; break }
                params.append(c)
            }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            links.append(Link(url: url, relations: relations(in: params)))
        }
        return links
    }

    private static func relations(in params: String) -> [String] {
        for param in params.split(separator: ";") {
            let parts = param.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "rel" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.lowercased().split(separator: " ").map(String.init)
        }
        return []
    }
}
