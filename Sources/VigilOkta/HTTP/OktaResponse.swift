import Foundation
import NIOHTTP1

/// A complete answer from Okta: status, headers and the whole body (Okta's pages are at most a few MB).
public struct OktaResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// All `Link` header lines, parsed.
    public var links: LinkHeader { LinkHeader(values: headers["link"]) }

    /// The server's clock, from the `Date` header (RFC 7231 IMF-fixdate).
    public var date: Date? { headers.first(name: "date").flatMap(Self.httpDate) }

    func intHeader(_ name: String) -> Int? { headers.first(name: name).flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }

    /// Decodes a JSON body into `T` (inventory and management calls; System Log pages use `EventReader`).
    public func decode<T: Decodable>(_ type: T.Type, request: String) throws -> T {
        do {
            return try JSONDecoder.okta.decode(T.self, from: Data(body))
        } catch {
            throw OktaClientError.unexpectedBody(request: request, reason: "\(error)")
        }
    }
}

extension JSONDecoder {
    /// Okta writes dates as RFC 3339 with milliseconds.
    static var okta: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
            if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an RFC 3339 date: \(text)"))
        }
        return decoder
    }
}
