/// The fixed text of one System Log event type: what Okta writes in `eventType`, `displayMessage` and
/// `legacyEventType`, and the endpoint that typically logs it.
// A class: drafts refer to the shared catalog entry instead of copying its five strings per event.
public final class EventKind: Sendable {
    public let eventType: String
    public let displayMessage: String
    /// `legacyEventType` on success and on failure (Okta's Classic names; `nil` writes JSON null).
    public let legacySuccess: String?
    public let legacyFailure: String?
    /// `debugData.requestUri` of the request that caused it.
    public let requestUri: String

    public init(_ eventType: String, _ displayMessage: String, legacy: String? = nil, legacyFailure: String? = nil,
                uri: String) {
        self.eventType = eventType
        self.displayMessage = displayMessage
        legacySuccess = legacy
        self.legacyFailure = legacyFailure ?? legacy
        requestUri = uri
    }
}
