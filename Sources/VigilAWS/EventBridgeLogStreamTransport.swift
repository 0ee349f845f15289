import Foundation

/// Delivers System Log events the way Okta's EventBridge log stream does: each LogEvent becomes one `PutEvents`
/// entry with detail type `SystemLog`, the partner source `aws.partner/okta.com/<org>/<eventSourceName>`, and
/// the event's `published` second as the envelope time. The simulated org streams its log through this.
public struct EventBridgeLogStreamTransport: Sendable {
    public let client: EventBridgeClient
    public var eventBusName: String
    public var source: String

    public static let detailType = "SystemLog"

    /// The source Okta's partner event source uses: `aws.partner/okta.com/<oktaSubdomain>/<eventSourceName>`.
    public static func partnerSource(oktaSubdomain: String, eventSourceName: String) -> String {
        "aws.partner/okta.com/\(oktaSubdomain)/\(eventSourceName)"
    }

    public init(client: EventBridgeClient, eventBusName: String, source: String) {
        self.client = client
        self.eventBusName = eventBusName
        self.source = source
    }

    /// Puts the events (each one LogEvent as JSON bytes), in order and in as few calls as the limits allow. An
    /// event that is not a JSON object is reported failed (`InvalidDetail`) without being sent; the rest go
    /// through. The result has one entry per event.
    public func deliver(_ events: [[UInt8]]) async throws -> PutEventsResult {
        var outcomes = [PutEventsResult.Entry?](repeating: nil, count: events.count)
        var entries: [EventBridgeEntry] = [], positions: [Int] = []
        for (i, bytes) in events.enumerated() {
            switch entry(for: bytes) {
            case .success(let entry):
                entries.append(entry)
                positions.append(i)
            case .failure(let reason):
                outcomes[i] = .failed(code: "InvalidDetail", message: reason.message)
            }
        }
        let sent = try await client.putAllEvents(entries)
        for (position, outcome) in zip(positions, sent.entries) { outcomes[position] = outcome }
        return PutEventsResult(entries: outcomes.map { $0! })
    }

    struct InvalidDetail: Error { var message: String }

    func entry(for bytes: [UInt8]) -> Result<EventBridgeEntry, InvalidDetail> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            return .failure(InvalidDetail(message: "the event is not a JSON object"))
        }
        // EventBridge keeps whole seconds; Okta's envelope time is the event's published time.
        let time = (object["published"] as? String).flatMap(Self.parsePublished)
        return .success(EventBridgeEntry(source: source, detailType: Self.detailType, detail: String(decoding: bytes, as: UTF8.self),
                                         eventBusName: eventBusName, time: time))
    }

    static func parsePublished(_ text: String) -> Date? {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return withFraction.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }
}
