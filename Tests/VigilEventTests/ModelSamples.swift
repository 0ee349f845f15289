import Foundation
import VigilEvent

/// The shared Okta samples (`../shared/okta/samples`, next to the package) as single LogEvents.
enum ModelSamples {
    /// The package root, from this file's path (Tests/VigilEventTests/ModelSamples.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ name: String) throws -> [UInt8] {
        let url = packageRoot.appendingPathComponent("../shared/okta/samples/\(name)").standardized
        return Array(try Data(contentsOf: url))
    }

    /// The event inside the Event Hook delivery body, its bytes exactly as in the file.
    static func hookEvent() throws -> OktaEvent { try onlyEvent(in: file("event-hook-delivery.json")) }

    /// The EventBridge envelope's `detail`.
    static func eventBridgeEvent() throws -> OktaEvent { try onlyEvent(in: file("eventbridge-envelope.json")) }

    /// The OpenAPI examples file: `ListLogs` (an array with one event), `ListLogsWithAdditionalSecurityContext`
    /// and `LogTargetChangeDetails`.
    static func openAPIExamples() throws -> JSONValue { try JSONValue(json: file("openapi-log-examples.json")) }

    static func listLogsEvent() throws -> OktaEvent {
        try event(try XCTUnwrapValue(openAPIExamples()["ListLogs"]?.arrayValue?.first))
    }

    static func extendedSecurityContextEvent() throws -> OktaEvent {
        try event(try XCTUnwrapValue(openAPIExamples()["ListLogsWithAdditionalSecurityContext"]))
    }

    /// The ListLogs event with the example `changeDetails` added to its first target.
    static func changeDetailsEvent() throws -> OktaEvent {
        let examples = try openAPIExamples()
        guard case .object(var event)? = examples["ListLogs"]?.arrayValue?.first,
              case .array(var targets)? = event["target"], case .object(var first)? = targets.first else {
            throw SampleError(description: "ListLogs example has no target")
        }
        first["changeDetails"] = try XCTUnwrapValue(examples["LogTargetChangeDetails"])
        targets[0] = .object(first)
        event["target"] = .array(targets)
        return try self.event(.object(event))
    }

    /// Every sample event, named.
    static func all() throws -> [(name: String, event: OktaEvent)] {
        [("hook", try hookEvent()), ("eventbridge", try eventBridgeEvent()), ("ListLogs", try listLogsEvent()),
         ("extended securityContext", try extendedSecurityContextEvent()), ("changeDetails", try changeDetailsEvent())]
    }

    static func event(_ value: JSONValue) throws -> OktaEvent { try OktaEvent(raw: value.serialized(pretty: true)) }

    private static func onlyEvent(in bytes: [UInt8]) throws -> OktaEvent {
        let (events, rejections) = EventReader.read(bytes)
        guard events.count == 1, rejections.isEmpty else {
            throw SampleError(description: "expected one event, got \(events.count) and \(rejections)")
        }
        return events[0]
    }

    private static func XCTUnwrapValue(_ value: JSONValue?) throws -> JSONValue {
        guard let value else { throw SampleError(description: "sample value missing") }
        return value
    }
}

struct SampleError: Error, CustomStringConvertible {
    var description: String
}
