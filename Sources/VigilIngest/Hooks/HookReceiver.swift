import Foundation
import Logging
import Synchronization
import VigilEvent

/// Receives Okta Event Hook deliveries for the integrations whose hook sources are running.
///
/// A delivery is parsed whole before anything is stored: a body that is not a well-formed hook delivery is
/// refused with 400 and the reason, and nothing of it is kept (Okta does not retry a 4xx, so the reason is also
/// logged and shown in the integration's status). A good delivery is acknowledged only after its sink has made it
/// durable: in the service, the inbox (`"queued"`), or the store itself (`"stored"`, `"duplicates"`);
/// redeliveries are absorbed by the store's uuid key.
public final class HookReceiver: Sendable {
    /// The field plan deliveries are read with (the detection stage's, so events are scanned once).
    public let plan: FieldPlan
    public let maxBodyBytes: Int
    let logger: Logger
    private let open = Mutex<[String: OpenEndpoint]>([:])

    struct OpenEndpoint: Sendable {
        let endpoint: HookEndpoint
        let sink: any EventSink
        let status: IngestStatusBoard
    }

    public init(plan: FieldPlan, maxBodyBytes: Int, logger: Logger = Logger(label: "vigil.hooks")) {
        self.plan = plan
        self.maxBodyBytes = maxBodyBytes
        self.logger = logger
    }

    /// Starts answering for `endpoint.integrationID`, feeding `sink`.
    func open(_ endpoint: HookEndpoint, sink: any EventSink, status: IngestStatusBoard) {
        open.withLock { $0[endpoint.integrationID] = OpenEndpoint(endpoint: endpoint, sink: sink, status: status) }
    }

    /// Stops answering for `integrationID`: its requests get 404 from now on.
    func close(_ integrationID: String) { _ = open.withLock { $0.removeValue(forKey: integrationID) } }

    /// The endpoint for an integration, if its hooks are being received.
    public func endpoint(_ integrationID: String) -> HookEndpoint? { open.withLock { $0[integrationID]?.endpoint } }

    /// Okta's one-time verification: echo the challenge header as `{"verification": "..."}`.
    public func verify(challenge: String?) -> HookReply {
        guard let challenge, !challenge.isEmpty else {
            return Self.reply(400, ["error": "missing the x-okta-verification-challenge header"])
        }
        return Self.reply(200, ["verification": challenge])
    }

    /// Parses and stores one delivery body for an integration whose request was authorized.
    public func deliver(_ body: [UInt8], to integrationID: String) async -> HookReply {
        guard let target = open.withLock({ $0[integrationID] }) else {
            return Self.reply(404, ["error": "no Event Hook integration '\(integrationID)'"])
        }
        let events: [OktaEvent]
        switch parse(body) {
        case .success(let parsed): events = parsed
        case .failure(let problem):
            logger.warning("refused a hook delivery", metadata: ["integration": "\(integrationID)", "reason": "\(problem.message)"])
            target.status.recordError(integrationID, .hook, "refused a delivery: \(problem.message)")
            return Self.reply(400, HookRefusal(error: problem.message, rejections: problem.rejections))
        }
        do {
            let receipt = try await target.sink.accept(IngestBatch(integrationID: integrationID, path: .hook, events: events))
            if receipt.queued > 0 { return Self.reply(200, ["received": events.count, "queued": receipt.queued]) }
            return Self.reply(200, ["received": events.count, "stored": receipt.stored, "duplicates": receipt.duplicates])
        } catch {
            // 5xx makes Okta retry the delivery once.
            logger.error("could not store a hook delivery", metadata: ["integration": "\(integrationID)", "error": "\(error)"])
            target.status.recordError(integrationID, .hook, "could not store a delivery: \(error)")
            return Self.reply(503, ["error": "could not store the delivery: \(error)"])
        }
    }

    /// Records a refused request (wrong secret, oversized body) in the integration's status.
    public func recordRefusal(_ integrationID: String, _ reason: String) {
        guard let target = open.withLock({ $0[integrationID] }) else { return }
        target.status.recordError(integrationID, .hook, reason)
    }

    struct ParseProblem: Error {
        let message: String
        var rejections: [String] = []
    }

    /// The delivery's events, or why the body is not a usable hook delivery.
    func parse(_ body: [UInt8]) -> Result<[OktaEvent], ParseProblem> {
        var reader = EventReader(plan: plan)
        var events: [OktaEvent] = [], rejections: [Rejection] = []
        reader.feed(body, isFinal: true) { output in
            switch output {
            case .event(let event): events.append(event)
            case .rejected(let rejection): rejections.append(rejection)
            }
        }
        if !rejections.isEmpty {
            return .failure(ParseProblem(message: "\(rejections.count) record(s) of the delivery are not usable; nothing was stored (first: \(rejections[0]))",
                                         rejections: rejections.prefix(20).map(\.description)))
        }
        guard reader.stats.shapes == [.hookDelivery: 1] else {
            let found = reader.stats.shapes.isEmpty ? "an empty body" : reader.stats.shapes.keys.map(\.rawValue).sorted().joined(separator: ", ")
            return .failure(ParseProblem(message: "expected one Okta Event Hook delivery ({\"data\":{\"events\":[...]}}), found \(found)"))
        }
        return .success(events)
    }

    struct HookRefusal: Encodable {
        let error: String
        let rejections: [String]
    }

    static func reply(_ status: Int, _ body: some Encodable) -> HookReply {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = (try? encoder.encode(body)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return HookReply(status: status, body: text)
    }
}
