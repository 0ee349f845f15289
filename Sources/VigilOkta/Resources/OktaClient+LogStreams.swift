import Foundation

extension OktaClient {
    /// Creates an active `aws_eventbridge` log stream, as an admin does in Reports → Log Streaming: Okta then puts
    /// every System Log event on the partner event source `aws.partner/okta.com/<org>/<eventSourceName>` in the given
    /// AWS account and region. Needs `okta.logStreams.manage` (or a super admin's API token).
    public func createEventBridgeLogStream(name: String, accountID: String, region: String, eventSourceName: String) async throws -> OktaLogStream {
        let request = EventBridgeLogStreamRequest(name: name, settings: .init(accountId: accountID, region: region, eventSourceName: eventSourceName))
        return try await call(.POST, url("/api/v1/logStreams"), json: request).decode(OktaLogStream.self, request: "POST /api/v1/logStreams")
    }
}

/// The body of `POST /api/v1/logStreams` for EventBridge.
private struct EventBridgeLogStreamRequest: Encodable {
    struct Settings: Encodable {
        var accountId, region, eventSourceName: String
    }

    var type = "aws_eventbridge"
    var name: String
    var settings: Settings
}
