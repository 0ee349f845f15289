import VigilEvent
import VigilSimulator

extension OrgState {
    /// Okta allows two log streams per org.
    static let maxLogStreams = 2

    func logStreamList() -> [LogStream] { logStreams.streams }
    func logStream(_ id: String) throws(OktaError) -> LogStream { try logStreams.stream(id) }
    func activeLogStreams() -> [LogStream] { logStreams.streams.filter { $0.status == "ACTIVE" } }

    /// Creates a stream, active at once as Okta's are.
    func createLogStream(_ definition: LogStream, by principal: Principal) throws(OktaError) -> LogStream {
        try LogStream.validate(definition)
        guard logStreams.streams.count < Self.maxLogStreams else {
            throw OktaError.validation("logStream: The org already has the maximum of \(Self.maxLogStreams) log streams")
        }
        guard !logStreams.streams.contains(where: { $0.settings.eventSourceName == definition.settings.eventSourceName }) else {
            throw OktaError.validation("settings.eventSourceName: An event source with this name already exists")
        }
        var stream = definition
        stream.id = ids.oktaId("0oa", cell: org.cell)
        stream.status = "ACTIVE"
        stream.created = now.iso8601
        stream.lastUpdated = now.iso8601
        logStreams.put(stream)
        logStreamChange(.logStreamCreate, stream, by: principal)
        return stream
    }

    func setLogStreamStatus(_ id: String, active: Bool, by principal: Principal) throws(OktaError) -> LogStream {
        var stream = try logStreams.stream(id)
        stream.status = active ? "ACTIVE" : "INACTIVE"
        stream.lastUpdated = now.iso8601
        logStreams.put(stream)
        logStreamChange(active ? .logStreamActivate : .logStreamDeactivate, stream, by: principal)
        return stream
    }

    func deleteLogStream(_ id: String, by principal: Principal) throws(OktaError) {
        let stream = try logStreams.stream(id)
        logStreams.remove(id)
        logStreamChange(.logStreamDelete, stream, by: principal)
    }

    /// After two failed deliveries Okta deactivates the stream until an admin reactivates it.
    func deactivateAfterFailures(_ id: String, reason: String) {
        guard var stream = try? logStreams.stream(id), stream.status == "ACTIVE" else { return }
        stream.status = "INACTIVE"
        stream.lastUpdated = now.iso8601
        logStreams.put(stream)
        logSystemEvent(.logStreamDeactivate, target: target(of: stream), outcome: .success,
                       extra: [("reason", "Delivery failed twice: " + String(reason.prefix(200)))])
    }

    /// `aws.partner/okta.com/<org>/<eventSourceName>`.
    func partnerSource(of stream: LogStream) -> String {
        "aws.partner/okta.com/\(org.subdomain)/\(stream.settings.eventSourceName)"
    }

    private func target(of stream: LogStream) -> EventTarget {
        EventTarget(id: stream.id ?? "", type: "LogStream", alternateId: stream.name, displayName: stream.name,
                    detailEntry: [("type", stream.type)])
    }

    private func logStreamChange(_ kind: EventKind, _ stream: LogStream, by principal: Principal) {
        let bytes = factory.apiObjectChange(kind, context(of: principal), at: now, id: stream.id ?? "", type: "LogStream", name: stream.name)
        record([SimulatedEvent(bytes: bytes, published: now, label: SimulatedEvent.apiLabel)])
    }
}

/// The org's log streams.
struct LogStreamRegistry: Sendable {
    private(set) var streams: [LogStream] = []

    func stream(_ id: String) throws(OktaError) -> LogStream {
        guard let stream = streams.first(where: { $0.id == id }) else { throw OktaError.notFound("\(id) (LogStream)") }
        return stream
    }

    mutating func put(_ stream: LogStream) {
        if let index = streams.firstIndex(where: { $0.id == stream.id }) { streams[index] = stream } else { streams.append(stream) }
    }

    mutating func remove(_ id: String) { streams.removeAll { $0.id == id } }
}
