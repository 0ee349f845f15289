import Foundation
import NIOHTTP1

extension OktaClient {
    /// Creates an AWS EventBridge log stream, as an admin does in Okta's Log Stream wizard: Okta then sends every
    /// System Log event to the partner event source `eventSourceName` in that AWS account and region. Okta
    /// activates a new stream at once.
    public func createEventBridgeLogStream(name: String, accountID: String, region: String,
                                           eventSourceName: String) async throws -> OktaLogStream {
        let body = LogStreamRequest(type: "aws_eventbridge", name: name,
                                    settings: .init(accountId: accountID, region: region, eventSourceName: eventSourceName))
        return try await call(.POST, url("/api/v1/logStreams"), json: body).decode(OktaLogStream.self, request: "POST /api/v1/logStreams")
    }
}

/// The body of `POST /api/v1/logStreams` for an `aws_eventbridge` stream.
private struct LogStreamRequest: Encodable {
    struct Settings: Encodable {
        var accountId: String
        var region: String
        var eventSourceName: String
    }

    var type: String
    var name: String
    var settings: Settings
}
