/// An object that connects the org to the outside: an identity provider, an event hook or a log stream.
/// They share a shape (id, name, kind, endpoint) and the events about them differ only in type names.
public struct OrgIntegration: Sendable, Hashable {
    /// Which of the three it is, with the `target[].type` the System Log uses for it.
    public enum Category: String, Sendable {
        case identityProvider = "IdentityProvider"
        case eventHook = "EventHook"
        case logStream = "LogStream"
    }

    public let id: String
    public let name: String
    public let category: Category
    /// `SAML2`, `GOOGLE`, `MICROSOFT` for IdPs; `HTTP` for hooks; `aws_eventbridge` for log streams.
    public let kind: String
    /// Where it points: the IdP's SSO URL, the hook's URI, the EventBridge source.
    public let endpoint: String
}
