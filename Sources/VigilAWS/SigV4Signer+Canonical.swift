import Foundation

extension SigV4Signer {
    /// The canonical request: method, canonical URI, canonical query, canonical headers, signed headers and the
    /// payload hash, one per line.
    static func canonicalRequest(method: String, url: URL, headers: [(name: String, value: String)],
                                 payloadHash: String) -> (request: String, signedHeaders: String) {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let path = components?.percentEncodedPath ?? ""
        let query = components?.percentEncodedQuery ?? ""
        let (canonicalHeaders, signedHeaders) = canonicalHeaders(headers)
        let request = [method.uppercased(), canonicalURI(path), canonicalQuery(query), canonicalHeaders, signedHeaders, payloadHash]
            .joined(separator: "\n")
        return (request, signedHeaders)
    }

    /// Each path segment URI-encoded once more (every service but S3 signs the path encoded twice); empty is `/`.
    static func canonicalURI(_ percentEncodedPath: String) -> String {
        guard !percentEncodedPath.isEmpty else { return "/" }
        return percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false)
            .map { uriEncode(String($0)) }
            .joined(separator: "/")
    }

    /// Parameters decoded, re-encoded the AWS way, and sorted by name then value.
    static func canonicalQuery(_ percentEncodedQuery: String) -> String {
        guard !percentEncodedQuery.isEmpty else { return "" }
        let pairs: [(String, String)] = percentEncodedQuery.split(separator: "&").map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            return (uriEncode(decoded(parts[0])), parts.count > 1 ? uriEncode(decoded(parts[1])) : "")
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// Names lowercased and sorted; values trimmed with inner runs of spaces collapsed; repeated headers joined
    /// with commas in the order given.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (canonical: String, signed: String) {
        var merged: [String: [String]] = [:]
        for (name, value) in headers {
            let collapsed = value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            merged[name.lowercased(), default: []].append(collapsed.trimmingCharacters(in: .whitespaces))
        }
        let names = merged.keys.sorted()
        let canonical = names.map { "\($0):\(merged[$0]!.joined(separator: ","))\n" }.joined()
        return (canonical, names.joined(separator: ";"))
    }

    /// RFC 3986 encoding as SigV4 defines it: unreserved characters (`A-Z a-z 0-9 - _ . ~`) stay, every other
    /// byte becomes `%XX` in uppercase hex.
    static func uriEncode(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.append(b)
            default:
                out.append(UInt8(ascii: "%")); out.append(hex[Int(b >> 4)]); out.append(hex[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
