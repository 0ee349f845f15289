import AsyncHTTPClient
import NIOCore

/// POSTs a body to a receiver and classifies the answer. Shared by the webhook and Slack channels.
struct HTTPPoster: Sendable {
    let client: HTTPClient
    let url: Secret
    let timeout: TimeAmount

    init(client: HTTPClient, url: Secret, timeout seconds: Double) {
        self.client = client
        self.url = url
        timeout = .milliseconds(Int64(seconds * 1000))
    }

    func post(_ body: [UInt8], headers: [(String, String)]) async throws {
        var request = HTTPClientRequest(url: url.value)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Vigil")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: timeout)
        } catch {
            // Error texts may quote the URL, and the URL may be the credential.
            throw DeliveryError("cannot reach the receiver: " + url.redact(String(describing: error)), retryable: true)
        }
        let answer = (try? await response.body.collect(upTo: 16 * 1024)).map { String(buffer: $0) } ?? ""
        guard (200..<300).contains(response.status.code) else {
            throw DeliveryError.status(response.status.code, body: url.redact(answer), retryAfter: response.headers.first(name: "Retry-After"))
        }
    }
}
