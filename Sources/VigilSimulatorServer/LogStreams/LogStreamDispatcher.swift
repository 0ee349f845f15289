/// Sends every persisted event to each active log stream through the `PutEvents` transport, ten entries per
/// call (EventBridge's limit). Events persisted while a call is in flight wait and go out together, so a slow
/// bus gets full calls rather than falling behind one event per call. A failed call is retried at once; a second
/// failure deactivates the stream, as Okta does, and the rest of the batch is not sent to it.
actor LogStreamDispatcher {
    private let state: OrgState
    private let transport: (any LogStreamTransport)?
    /// Persisted events not yet handed to the transport, oldest first.
    private var held: [StoredEvent] = []

    init(state: OrgState, transport: (any LogStreamTransport)?) {
        self.state = state
        self.transport = transport
    }

    func run(_ batches: AsyncStream<[StoredEvent]>) async {
        let (ready, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await batch in batches {
                    await self.hold(batch)
                    signal.yield()
                }
                signal.finish()
            }
            group.addTask {
                for await _ in ready { await self.deliverHeld() }
            }
        }
    }

    private func hold(_ batch: [StoredEvent]) {
        held += batch
    }

    private func deliverHeld() async {
        while !held.isEmpty {
            let batch = held
            held = []
            await deliver(batch)
        }
    }

    private func deliver(_ batch: [StoredEvent]) async {
        for stream in await state.activeLogStreams() {
            guard let id = stream.id else { continue }
            let source = await state.partnerSource(of: stream)
            let entries = batch.map {
                PutEventsEntry(source: source, detailType: "SystemLog", detail: $0.event.raw, time: $0.published,
                               accountId: stream.settings.accountId, region: stream.settings.region)
            }
            for start in stride(from: 0, to: entries.count, by: 10) {
                let chunk = Array(entries[start..<min(start + 10, entries.count)])
                // A call cut short by the org shutting down is no delivery failure.
                if await attempt(chunk) != nil, !Task.isCancelled, let second = await attempt(chunk), !Task.isCancelled {
                    await state.deactivateAfterFailures(id, reason: second)
                    break
                }
            }
        }
    }

    /// nil when the call succeeded, else why it failed.
    private func attempt(_ entries: [PutEventsEntry]) async -> String? {
        guard let transport else { return "no EventBridge transport is configured" }
        do {
            try await transport.putEvents(entries)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
