import Foundation
import VigilEvent

/// Delivers persisted events to the active, verified hooks subscribed to their types: events arriving within
/// the batch window go out in one request in Okta's body (`com.okta.event_hook`, `data.events[]`); a delivery
/// that still fails after its retry is logged as `event_hook.delivery`.
actor EventHookDispatcher {
    private let state: OrgState
    private let client: EventHookClient
    private let window: Double
    private let baseURL: @Sendable () -> String
    private var buffers: [String: [StoredEvent]] = [:]

    init(state: OrgState, client: EventHookClient, window: Double, baseURL: @escaping @Sendable () -> String) {
        self.state = state
        self.client = client
        self.window = window
        self.baseURL = baseURL
    }

    /// Consumes batches of newly persisted events until the stream ends.
    func run(_ batches: AsyncStream<[StoredEvent]>) async {
        for await batch in batches { await accept(batch) }
    }

    private func accept(_ batch: [StoredEvent]) async {
        for hook in await state.deliverableHooks() {
            guard let id = hook.id else { continue }
            let types = Set(hook.events.items)
            let matching = batch.filter { types.contains($0.event.eventType) }
            guard !matching.isEmpty else { continue }
            let wasEmpty = buffers[id, default: []].isEmpty
            buffers[id, default: []] += matching
            if wasEmpty {
                let window = self.window
                Task {
                    try? await Task.sleep(for: .seconds(window))
                    await self.flush(id)
                }
            }
        }
    }

    private func flush(_ id: String) async {
        guard let events = buffers.removeValue(forKey: id), !events.isEmpty,
              let hook = await state.deliverableHooks().first(where: { $0.id == id }) else { return }
        let body = Self.body(hookId: id, events: events, baseURL: baseURL())
        if let failure = await client.deliver(hook, body: body) {
            await state.logHookDeliveryFailure(hook, events: events.map(\.event.uuid), reason: failure)
        }
    }

    /// Okta's delivery body, the events written as persisted.
    static func body(hookId: String, events: [StoredEvent], baseURL: String) -> [UInt8] {
        var out = Array("{\"eventType\":\"com.okta.event_hook\",\"eventTypeVersion\":\"1.0\",\"cloudEventsVersion\":\"0.1\",".utf8)
        out += Array("\"source\":\"\(baseURL)/api/v1/eventHooks/\(hookId)\",\"eventId\":\"\(UUID().uuidString.lowercased())\",".utf8)
        out += Array("\"data\":{\"events\":[".utf8)
        for (i, stored) in events.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += stored.event.raw
        }
        out += Array("]},\"eventTime\":\"\(Timestamp.now().iso8601)\",\"contentType\":\"application/json\"}".utf8)
        return out
    }
}
