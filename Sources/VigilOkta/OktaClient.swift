import AsyncHTTPClient
import Foundation
import Logging
import NIOHTTP1

/// Vigil's connection to one Okta org: its URL, credential, rate-limit budget and retry policy. Every API call
/// Vigil makes to the org goes through one client (share it, and so its budget, between the poller, inventory and
/// response actions).
public final class OktaClient: Sendable {
    /// `https://acme.okta.com` (no path).
    public let orgURL: URL
    public let budget: RateLimitBudget
    public let logger: Logger
    let transport: OktaTransport
    let authenticator: OktaAuthenticator

    public init(orgURL: URL, credential: OktaCredential, budget: RateLimitBudget = RateLimitBudget(),
                retry: RetryPolicy = RetryPolicy(), http: HTTPClient = .shared,
                logger: Logger = Logger(label: "vigil.okta")) throws {
        guard let scheme = orgURL.scheme, scheme == "https" || scheme == "http", orgURL.host != nil else {
            throw OktaClientError.invalidURL("the org URL must look like https://acme.okta.com (got \(orgURL.absoluteString))")
        }
        var components = URLComponents(url: orgURL, resolvingAgainstBaseURL: false)!
        components.path = ""
        components.query = nil
        self.orgURL = components.url!
        self.budget = budget
        var logger = logger
        logger[metadataKey: "org"] = "\(orgURL.host!)"
        self.logger = logger
        transport = OktaTransport(http: http, budget: budget, retry: retry, logger: logger)
        authenticator = OktaAuthenticator(credential: credential, orgURL: self.orgURL, transport: transport)
    }

    public var credentialDescription: String { authenticator.credential.description }

    /// A URL below the org: `path` plus query items (nil values are left out).
    public func url(_ path: String, _ query: [(String, String?)] = []) -> URL {
        var components = URLComponents(url: orgURL, resolvingAgainstBaseURL: false)!
        components.path = path
        let items = query.compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        if !items.isEmpty {
            components.percentEncodedQueryItems = items.map {
                URLQueryItem(name: $0.name, value: $0.value?.addingPercentEncoding(withAllowedCharacters: .unreserved))
            }
        }
        return components.url!
    }

    /// Sends an authenticated request and returns Okta's answer, whatever its status. A 401 with an OAuth
    /// token gets one retry with a new token (the cached one may have expired or been revoked early).
    public func send(_ request: OktaRequest) async throws -> OktaResponse {
        guard isOrgURL(request.url) else {
            // Credentials go only to the org they belong to, whatever a Link header says.
            throw OktaClientError.invalidURL("\(request.url.absoluteString) is not on \(orgURL.absoluteString)")
        }
        var refreshed = false
        while true {
            let authorization = try await authenticator.authorization()
            var outgoing = request
            outgoing.headers.replaceOrAdd(name: "Authorization", value: authorization)
            let response = try await transport.send(outgoing)
            if response.status == 401, !refreshed, await authenticator.usesOAuth {
                refreshed = true
                logger.info("Okta refused the access token; requesting a new one", metadata: ["request": "\(request.label)"])
                await authenticator.invalidate(authorization)
                continue
            }
            return response
        }
    }

    /// Whether `url` is on this org (same scheme, host and port), so that its credential may be sent there.
    public func isOrgURL(_ url: URL) -> Bool { Self.origin(url) == Self.origin(orgURL) }

    /// Scheme, host and effective port: `https://acme.okta.com` and `https://acme.okta.com:443` are one origin.
    static func origin(_ url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? ""
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(url.host?.lowercased() ?? ""):\(port)"
    }

    /// Sends a request and requires a 2xx answer; anything else becomes an `OktaAPIError`.
    @discardableResult
    public func call(_ request: OktaRequest) async throws -> OktaResponse {
        let response = try await send(request)
        guard (200..<300).contains(response.status) else {
            throw OktaAPIError(request: request.label, status: response.status, body: response.body)
        }
        return response
    }

    /// Sends a request with a JSON body (management calls).
    func call(_ method: HTTPMethod, _ url: URL, json: some Encodable) async throws -> OktaResponse {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let body = try encoder.encode(json)
        return try await call(OktaRequest(method: method, url: url, headers: ["Content-Type": "application/json"], body: Array(body)))
    }

    /// For a client-secret credential, which secret Okta accepted last (0 = the first given): once it is 1, the
    /// old secret can be removed from the configuration and deleted in Okta. Nil for other credentials.
    public var acceptedSecretIndex: Int? {
        get async {
            guard case .clientSecret = authenticator.credential else { return nil }
            return await authenticator.secretIndex
        }
    }

    /// Token requests made so far (for status and tests).
    public var tokenRequestCount: Int { get async { await authenticator.tokenRequests } }
}

extension CharacterSet {
    /// RFC 3986's unreserved characters. Query values and form fields encode everything else: Okta filters hold
    /// quotes, spaces and `+` in time zones, and secrets may hold `:` or `%`.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
