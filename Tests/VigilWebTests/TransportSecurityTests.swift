import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

@Suite("Access: HSTS over HTTPS, CSP everywhere")
struct TransportSecurityTests {
    @Test("Strict-Transport-Security is sent only over HTTPS (here, behind a proxy saying so); the CSP always")
    func hsts() async throws {
        try await withApp(benignEvents: 20) { fixture, client in
            for uri in ["/login", "/api/v1/me"] {
                let plain = try await client.execute(uri: uri, method: .get, headers: fixture.bearer(.viewer))
                #expect(plain.headers[.strictTransportSecurity] == nil)
                #expect(plain.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
                var https = fixture.bearer(.viewer)
                https[.forwardedProto] = "https"
                let secure = try await client.execute(uri: uri, method: .get, headers: https)
                #expect(secure.headers[.strictTransportSecurity] == "max-age=31536000")
                #expect(secure.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            }
            // Errors too: a browser must learn HSTS from whatever answer it gets first.
            let missing = try await client.execute(uri: "/api/v1/nothing-here", method: .get, headers: [.forwardedProto: "https"])
            #expect(missing.headers[.strictTransportSecurity] != nil)
        }
    }
}
