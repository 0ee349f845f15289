import Hummingbird
import HummingbirdTesting
@testable import VigilWeb

/// Runs `test` against the web application over a freshly seeded store, in process (no sockets).
func withApp<T>(benignEvents: Int = 1_500, _ test: @Sendable (Fixture, any TestClientProtocol) async throws -> T) async throws -> T {
    let fixture = try await Fixture.make(benignEvents: benignEvents)
    defer { fixture.close() }
    return try await fixture.application().test(.router) { client in try await test(fixture, client) }
}
