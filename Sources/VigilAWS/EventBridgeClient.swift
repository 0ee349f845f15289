import Foundation

/// Amazon EventBridge over its JSON protocol (`application/x-amz-json-1.1`, `X-Amz-Target: AWSEvents.<Operation>`):
/// putting events, and the bus → rule → target wiring Okta's log stream needs.
public struct EventBridgeClient: Sendable {
    public let aws: AWSClient

    public init(aws: AWSClient) { self.aws = aws }

    /// EventBridge's limits on one `PutEvents` call.
    public static let maximumEntriesPerCall = 10
    public static let maximumCallSize = 256 * 1024

    /// Puts up to ten entries totalling at most 256 KB in one call. Entries EventBridge refuses are reported in the
    /// result, not thrown: the others were accepted.
    public func putEvents(_ entries: [EventBridgeEntry]) async throws -> PutEventsResult {
        guard entries.count <= Self.maximumEntriesPerCall else {
            throw AWSError(service: AWSService.eventBridge.displayName, operation: "PutEvents",
                           kind: .invalidRequest("\(entries.count) entries; PutEvents takes at most \(Self.maximumEntriesPerCall)"))
        }
        let size = entries.reduce(0) { $0 + $1.size }
        guard size <= Self.maximumCallSize else {
            throw AWSError(service: AWSService.eventBridge.displayName, operation: "PutEvents",
                           kind: .invalidRequest("entries total \(size) bytes; PutEvents takes at most \(Self.maximumCallSize)"))
        }
        guard !entries.isEmpty else { return PutEventsResult(entries: []) }
        let output = try await aws.call(.eventBridge, "PutEvents", PutEventsInput(Entries: entries.map(PutEventsInput.Entry.init)),
                                        returning: PutEventsOutput.self)
        let answers = output.Entries ?? []
        guard answers.count == entries.count else {
            throw AWSError(service: AWSService.eventBridge.displayName, operation: "PutEvents", kind: .invalidResponse(
                "\(answers.count) result entries for \(entries.count) events sent"), statusCode: 200)
        }
        return PutEventsResult(entries: answers.map { answer in
            if let id = answer.EventId, answer.ErrorCode == nil { return .accepted(eventID: id) }
            return .failed(code: answer.ErrorCode ?? "Unknown", message: answer.ErrorMessage ?? "")
        })
    }

    /// Puts any number of entries, in as few calls as the limits allow, keeping their order. An entry too large
    /// for any call is reported failed without being sent.
    public func putAllEvents(_ entries: [EventBridgeEntry]) async throws -> PutEventsResult {
        var results: [PutEventsResult.Entry] = []
        var batch: [EventBridgeEntry] = [], batchSize = 0
        func flush() async throws {
            guard !batch.isEmpty else { return }
            results += try await putEvents(batch).entries
            batch = []
            batchSize = 0
        }
        for entry in entries {
            let size = entry.size
            if size > Self.maximumCallSize {
                try await flush()
                results.append(.failed(code: "EntryTooLarge", message: "the entry is \(size) bytes; EventBridge takes at most \(Self.maximumCallSize)"))
                continue
            }
            if batch.count == Self.maximumEntriesPerCall || batchSize + size > Self.maximumCallSize { try await flush() }
            batch.append(entry)
            batchSize += size
        }
        try await flush()
        return PutEventsResult(entries: results)
    }

    /// Creates a custom event bus; returns its ARN.
    public func createEventBus(named name: String) async throws -> String {
        try await aws.call(.eventBridge, "CreateEventBus", ["Name": name], returning: EventBusARNOutput.self).EventBusArn
    }

    public func deleteEventBus(named name: String) async throws {
        _ = try await aws.call(.eventBridge, "DeleteEventBus", ["Name": name], returning: EmptyOutput.self)
    }

    /// Creates or replaces an enabled rule matching `eventPattern` (EventBridge's JSON pattern syntax); returns its ARN.
    public func putRule(named name: String, eventBusName: String, eventPattern: String) async throws -> String {
        try await aws.call(.eventBridge, "PutRule", PutRuleInput(Name: name, EventBusName: eventBusName, EventPattern: eventPattern, State: "ENABLED"),
                           returning: RuleARNOutput.self).RuleArn
    }

    public func deleteRule(named name: String, eventBusName: String) async throws {
        _ = try await aws.call(.eventBridge, "DeleteRule", ["Name": name, "EventBusName": eventBusName], returning: EmptyOutput.self)
    }

    /// Points a rule at targets, each `(id, arn)`. Throws when EventBridge refuses any of them.
    public func putTargets(rule: String, eventBusName: String, targets: [(id: String, arn: String)]) async throws {
        let input = PutTargetsInput(Rule: rule, EventBusName: eventBusName, Targets: targets.map { .init(Id: $0.id, Arn: $0.arn) })
        let output = try await aws.call(.eventBridge, "PutTargets", input, returning: TargetsOutput.self)
        if let failed = output.FailedEntries, !failed.isEmpty {
            let reasons = failed.map { "\($0.TargetId ?? "?"): \($0.ErrorCode ?? "Unknown") \($0.ErrorMessage ?? "")" }
            throw AWSError(service: AWSService.eventBridge.displayName, operation: "PutTargets",
                           kind: .service(code: failed[0].ErrorCode ?? "Unknown", message: reasons.joined(separator: "; ")), statusCode: 200)
        }
    }

    public func removeTargets(rule: String, eventBusName: String, ids: [String]) async throws {
        _ = try await aws.call(.eventBridge, "RemoveTargets", RemoveTargetsInput(Rule: rule, EventBusName: eventBusName, Ids: ids),
                               returning: TargetsOutput.self)
    }
}
