import Foundation
import VigilEvent

/// One page of `GET /api/v1/logs`: its events (raw bytes plus field index, never fully decoded here), the records
/// that could not be used and why, and the links to this page and the next.
public struct SystemLogPage: Sendable {
    public var events: [OktaEvent]
    public var rejections: [Rejection]
    /// The `next` link. A polling query (no `until`) always has one, even on an empty page; a bounded query's
    /// last page has none.
    public var next: URL?
    public var selfURL: URL?
    /// The org's clock when it answered (for lag and skew).
    public var serverDate: Date?

    public init(events: [OktaEvent], rejections: [Rejection], next: URL?, selfURL: URL?, serverDate: Date?) {
        self.events = events
        self.rejections = rejections
        self.next = next
        self.selfURL = selfURL
        self.serverDate = serverDate
    }
}
