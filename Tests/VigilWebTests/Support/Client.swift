import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

extension TestResponse {
    var text: String { String(buffer: body) }
    func json() throws -> JSON { JSON(try JSONSerialization.jsonObject(with: Data(body.readableBytesView))) }
    /// The `error.message` of an API error body.
    func errorMessage() throws -> String { try #require(json()["error"]["message"].string) }
    var setCookies: [String] { headers[values: .setCookie] }
}

/// A browser session driven through the test client: signs in through the form, keeps the cookie and the CSRF token.
struct BrowserSession {
    var cookie: String
    var csrf: String

    static func signIn(_ client: some TestClientProtocol, as username: String, password: String = Fixture.password) async throws -> BrowserSession {
        let form = try await client.execute(uri: "/login", method: .get)
        let loginTokenFound = form.setCookies.first { $0.hasPrefix(SessionCookie.loginName + "=") }
        let loginToken = try #require(loginTokenFound)
            .split(separator: ";")[0].split(separator: "=", maxSplits: 1)[1]
        let response = try await client.execute(
            uri: "/login", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "\(SessionCookie.loginName)=\(loginToken)"],
            body: ByteBuffer(string: "_csrf=\(loginToken)&username=\(username)&password=\(password.replacingOccurrences(of: " ", with: "+"))&next=/"))
        #expect(response.status == .seeOther)
        let sessionFound = response.setCookies.first { $0.hasPrefix(SessionCookie.name + "=") }
        let session = try #require(sessionFound)
        let cookie = String(session.split(separator: ";")[0])
        let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
        return BrowserSession(cookie: cookie, csrf: try #require(Self.csrf(in: page.text)))
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) else { return nil }
        return String(html[range].split(separator: "\"")[3])
    }

    var headers: HTTPFields { [.cookie: cookie] }

    /// Headers of a state-changing JSON request from the page's script.
    var jsonHeaders: HTTPFields { [.cookie: cookie, .contentType: "application/json", .init("X-CSRF-Token")!: csrf] }

    func post(_ client: some TestClientProtocol, _ uri: String, form: String, csrf include: Bool = true) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                 body: ByteBuffer(string: (include ? "_csrf=\(csrf)&" : "") + form))
    }
}

func jsonBody(_ object: [String: Any]) -> ByteBuffer {
    ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
}

func escapePath(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._@"))) ?? s }

/// A parsed JSON value for assertions. Sendable so test closures can hold it across `await`s (values from
/// `JSONSerialization` are never mutated after parsing).
struct JSON: @unchecked Sendable {
    let raw: Any?
    init(_ raw: Any?) { self.raw = raw }

    subscript(_ key: String) -> JSON { JSON((raw as? [String: Any])?[key]) }
    var string: String? { raw as? String }
    var int: Int? { raw as? Int }
    var bool: Bool? { raw as? Bool }
    var strings: [String]? { raw as? [String] }
    var array: [JSON]? { (raw as? [Any])?.map(JSON.init) }
    var object: [String: JSON]? { (raw as? [String: Any])?.mapValues(JSON.init) }
    var exists: Bool { raw != nil && !(raw is NSNull) }
}
