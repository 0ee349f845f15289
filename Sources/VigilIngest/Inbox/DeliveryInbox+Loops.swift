import Foundation
import VigilEvent

extension DeliveryInbox {
    /// Writes every batch that arrived during the last write with one `fdatasync`, then acknowledges them.
    func appendLoop() async {
        while let pending = await appends.next(maxWeight: maxAppendEvents) {
            let records = pending.map(\.record)
            let outcome: Result<Int, Error> = await withCheckedContinuation { continuation in
                fileQueue.async { continuation.resume(returning: Result { try self.segments.withLock { try $0.append(records) } }) }
            }
            switch outcome {
            case .success(let segment):
                let events = pending.reduce(0) { $0 + $1.batch.events.count }
                backlogGauge.record(backlog.add(events, ordering: .relaxed).newValue)
                for item in pending {
                    // The delivery queue closes only after this loop ends, so the entry is always taken.
                    _ = deliveries.append(Entry(segment: segment, batch: item.batch, waiter: item.waitForStore ? item.continuation : nil))
                    if !item.waitForStore { item.continuation.resume(returning: IngestReceipt(queued: item.batch.events.count)) }
                }
            case .failure(let error):
                logger.error("could not write \(pending.count) batch(es) to the inbox; they were refused", metadata: ["error": "\(error)"])
                for item in pending { item.continuation.resume(throwing: error) }
            }
        }
        deliveries.close()
    }

    /// Hands the inbox's batches to the pipeline, retrying those it could not commit, and deletes each segment
    /// once all its batches are stored. What the pipeline refuses because it is stopping stays on disk for the
    /// next run.
    ///
    /// Several hand-overs are in flight at once, as concurrent deliveries were before the inbox: while one is
    /// being committed, the next is encoded (compression, search text) beside it, so the store's writer never
    /// waits for the encoding and the alerts of a delivery come no later than without the inbox.
    func deliveryLoop() async {
        await withTaskGroup(of: Void.self) { group in
            var inFlight = 0
            while let entries = await deliveries.next(maxWeight: maxAppendEvents) {
                if inFlight == maxHandOversInFlight {
                    await group.next()
                    inFlight -= 1
                }
                inFlight += 1
                group.addTask { await self.deliver(entries) }
            }
        }
    }

    /// Hands `entries` over until each is committed, or refused by a pipeline that is stopping.
    private func deliver(_ entries: [Entry]) async {
        var waiting = entries
        while !waiting.isEmpty {
            var failed: [Entry] = [], lastError: (any Error)?
            for (entry, result) in await handOver(waiting) {
                switch result {
                case .success(let receipt):
                    segments.withLock { $0.settle(entry.segment, records: 1) }
                    backlogGauge.record(backlog.subtract(entry.batch.events.count, ordering: .relaxed).newValue)
                    entry.waiter?.resume(returning: receipt)
                case .failure(let error) where error is IngestPipelineError || Task.isCancelled:
                    entry.waiter?.resume(throwing: error)
                case .failure(let error):
                    failed.append(entry)
                    lastError = error
                }
            }
            if let lastError {
                logger.error("the pipeline could not store \(failed.count) inbox batch(es); retrying in \(options.retryDelay)",
                             metadata: ["error": "\(lastError)"])
                try? await Task.sleep(for: options.retryDelay)
            }
            waiting = failed
        }
    }

    /// Gives the pipeline every entry at once (it commits them together), and pairs each with its outcome.
    private func handOver(_ entries: [Entry]) async -> [(Entry, Result<IngestReceipt, Error>)] {
        let sink = self.sink
        return await withTaskGroup(of: (Entry, Result<IngestReceipt, Error>).self) { group in
            for entry in entries {
                group.addTask {
                    do {
                        return (entry, .success(try await sink.accept(entry.batch)))
                    } catch {
                        return (entry, .failure(error))
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
    }
}
