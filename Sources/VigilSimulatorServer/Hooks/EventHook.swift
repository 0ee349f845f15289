import VigilEvent

/// An event hook as the Event Hooks API reads and writes it. `channel.config.authScheme.value` is write-only:
/// it is kept for deliveries and never returned.
struct EventHook: Sendable, Codable {
    struct Events: Sendable, Codable {
        var type: String
        var items: [String]
    }
    struct Header: Sendable, Codable {
        var key: String
        var value: String
    }
    struct AuthScheme: Sendable, Codable {
        var type: String
        var key: String
        var value: String?
    }
    struct Config: Sendable, Codable {
        var uri: String
        var headers: [Header]?
        var authScheme: AuthScheme?
    }
    struct Channel: Sendable, Codable {
        var type: String
        var version: String
        var config: Config
    }

    var id: String?
    var name: String
    var status: String?
    var verificationStatus: String?
    var created: String?
    var createdBy: String?
    var lastUpdated: String?
    var events: Events
    var channel: Channel

    var isDeliverable: Bool { status == "ACTIVE" && verificationStatus == "VERIFIED" }

    /// The hook as the API returns it: the auth secret removed, `_links` added.
    func publicView(baseURL: String) -> LinkedResource<EventHook> {
        var copy = self
        copy.channel.config.authScheme?.value = nil
        let links = ["self": Link(href: "\(baseURL)/api/v1/eventHooks/\(id ?? "")"),
                     "verify": Link(href: "\(baseURL)/api/v1/eventHooks/\(id ?? "")/lifecycle/verify"),
                     status == "ACTIVE" ? "deactivate" : "activate":
                        Link(href: "\(baseURL)/api/v1/eventHooks/\(id ?? "")/lifecycle/\(status == "ACTIVE" ? "deactivate" : "activate")")]
        return LinkedResource(resource: copy, links: links)
    }
}

/// `{"href": …}` in `_links`.
struct Link: Sendable, Codable {
    let href: String
}

/// A coding key from a string.
struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
