import Foundation

/// One event to put on a bus.
public struct EventBridgeEntry: Sendable, Hashable {
    public var source: String
    public var detailType: String
    /// A JSON object, as text.
    public var detail: String
    /// nil puts the event on the account's default bus.
    public var eventBusName: String?
    public var resources: [String]
    public var time: Date?

    public init(source: String, detailType: String, detail: String, eventBusName: String? = nil, resources: [String] = [], time: Date? = nil) {
        self.source = source
        self.detailType = detailType
        self.detail = detail
        self.eventBusName = eventBusName
        self.resources = resources
        self.time = time
    }

    /// The size EventBridge counts against its 256 KB limit: the UTF-8 bytes of source, detail type, detail and
    /// resources, plus 14 bytes for a time.
    public var size: Int {
        source.utf8.count + detailType.utf8.count + detail.utf8.count + resources.reduce(0) { $0 + $1.utf8.count } + (time == nil ? 0 : 14)
    }
}

/// What `PutEvents` did with each entry, in the order sent.
public struct PutEventsResult: Sendable, Equatable {
    public enum Entry: Sendable, Equatable {
        case accepted(eventID: String)
        case failed(code: String, message: String)
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public var failedEntryCount: Int { entries.count - eventIDs.count }
    public var eventIDs: [String] {
        entries.compactMap { if case .accepted(let id) = $0 { id } else { nil } }
    }
    /// Positions and reasons of refused entries.
    public var failures: [(index: Int, code: String, message: String)] {
        entries.enumerated().compactMap { i, entry in
            if case .failed(let code, let message) = entry { (i, code, message) } else { nil }
        }
    }

    /// Throws when any entry was refused, for callers for which a partial delivery is a failed one.
    public func requireAllAccepted() throws(PutEventsFailure) {
        let failures = self.failures
        if !failures.isEmpty { throw PutEventsFailure(total: entries.count, failures: failures.map { ($0.index, $0.code, $0.message) }) }
    }
}

/// Some entries of a `PutEvents` call were refused.
public struct PutEventsFailure: Error, Sendable, CustomStringConvertible {
    public var total: Int
    public var failures: [(index: Int, code: String, message: String)]

    public var description: String {
        let reasons = failures.prefix(3).map { "entry \($0.index): \($0.code)\($0.message.isEmpty ? "" : " \($0.message)")" }
        return "EventBridge refused \(failures.count) of \(total) entries (\(reasons.joined(separator: "; "))\(failures.count > 3 ? "; …" : ""))"
    }
}

struct PutEventsInput: Encodable {
    struct Entry: Encodable {
        var Source: String
        var DetailType: String
        var Detail: String
        var EventBusName: String?
        var Resources: [String]?
        /// The JSON protocols send timestamps as seconds since the epoch.
        var Time: Double?

        init(_ entry: EventBridgeEntry) {
            Source = entry.source
            DetailType = entry.detailType
            Detail = entry.detail
            EventBusName = entry.eventBusName
            Resources = entry.resources.isEmpty ? nil : entry.resources
            Time = entry.time?.timeIntervalSince1970
        }
    }
    var Entries: [Entry]
}

struct PutEventsOutput: Decodable {
    struct Entry: Decodable {
        var EventId: String?
        var ErrorCode: String?
        var ErrorMessage: String?
    }
    var FailedEntryCount: Int?
    var Entries: [Entry]?
}

struct EventBusARNOutput: Decodable { var EventBusArn: String }
struct RuleARNOutput: Decodable { var RuleArn: String }

struct PutRuleInput: Encodable {
    var Name: String
    var EventBusName: String
    var EventPattern: String
    var State: String
}

struct PutTargetsInput: Encodable {
    struct Target: Encodable {
        var Id: String
        var Arn: String
    }
    var Rule: String
    var EventBusName: String
    var Targets: [Target]
}

struct RemoveTargetsInput: Encodable {
    var Rule: String
    var EventBusName: String
    var Ids: [String]
}

struct TargetsOutput: Decodable {
    struct Failure: Decodable {
        var TargetId: String?
        var ErrorCode: String?
        var ErrorMessage: String?
    }
    var FailedEntryCount: Int?
    var FailedEntries: [Failure]?
}
