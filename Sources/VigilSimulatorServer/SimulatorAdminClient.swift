import AsyncHTTPClient
import Logging
import ServiceLifecycle
import Foundation
import NIOCore

/// Calls a running simulated org's admin API (`vigil simulate trigger`).
public enum SimulatorAdminClient {
    /// Why a trigger failed: the server's own error summary when it gave one.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Plays scenario `name` on the org at `orgURL` now.
    public static func trigger(orgURL: String, apiToken: String, scenario name: String,
                               http: HTTPClient = .shared) async throws -> ScenarioRun {
        let base = orgURL.hasSuffix("/") ? String(orgURL.dropLast()) : orgURL
        var request = HTTPClientRequest(url: "\(base)/simulator/scenarios/\(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "SSWS \(apiToken)")
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await http.execute(request, timeout: .seconds(30))
        let body = Data((try await response.body.collect(upTo: 16 << 20)).readableBytesView)
        guard response.status == .created else {
            struct ErrorBody: Decodable { let errorSummary: String }
            let summary = (try? JSONDecoder().decode(ErrorBody.self, from: body))?.errorSummary ?? "HTTP \(response.status.code)"
            throw Failure(description: "\(base) refused the trigger: \(summary)")
        }
        return try JSONDecoder().decode(ScenarioRun.self, from: body)
    }
}

extension SimulatedOktaServer {
    /// Serves until SIGINT or SIGTERM, then shuts down gracefully (`vigil simulate serve`).
    public func runUntilTerminated() async throws {
        let group = ServiceGroup(configuration: .init(services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: Logger(label: "vigil.simulator")))
        try await group.run()
    }
}
