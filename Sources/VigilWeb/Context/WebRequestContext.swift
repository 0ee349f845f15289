import Foundation
import Hummingbird

/// The request context of Vigil's HTTP server: the web UI, the REST API, and the ingestion service's hook and
/// health routes all run on one `Router<WebRequestContext>`.
///
/// Who is calling is resolved per route by `WebApplication` (session cookie or API token), not by a router-wide
/// middleware, so routes that authenticate differently (Okta Event Hooks carry their own `Authorization` secret)
/// are untouched.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The IP address of the connection's peer (nil in in-process tests), for sign-in throttling.
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Form posts carry at most a rule-test event or a note; the API accepts events up to Okta's size.
    public var maxUploadSize: Int { 1 << 20 }
}
