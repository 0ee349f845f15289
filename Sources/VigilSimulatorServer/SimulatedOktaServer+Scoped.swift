import Logging

extension SimulatedOktaServer {
    /// Starts a server, runs `body` with it, and stops the server whatever `body` does (tests, benchmarks).
    public static func withRunning<T: Sendable>(_ configuration: SimulatedOktaServerConfiguration,
                                                logger: Logger = Logger(label: "vigil.simulator.server"),
                                                _ body: (SimulatedOktaServer) async throws -> T) async throws -> T {
        let server = try await start(configuration, logger: logger)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
