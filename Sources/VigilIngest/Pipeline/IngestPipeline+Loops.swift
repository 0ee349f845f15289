import Foundation
import VigilDetect
import VigilEvent
import VigilStore

extension IngestPipeline {
    /// Takes everything queued, writes it in one transaction, resumes the callers, queues the new events for detection.
    func commitLoop() async {
        while let pending = await commits.next(maxWeight: options.maxEventsPerCommit) {
            let groups = pending.map { InsertGroup(events: $0.encoded, source: $0.batch.source, checkpoint: $0.batch.checkpoint) }
            let started = DispatchTime.now()
            let store = self.store
            let outcome = await offPool(commitQueue) { try store.insert(groups: groups) }
            commitTimer.recordInterval(since: started)
            switch outcome {
            case .success(let results):
                commitsMade.add(1, ordering: .relaxed)
                commitSize.record(groups.reduce(0) { $0 + $1.events.count })
                var fresh: [OktaEvent] = []
                for (item, result) in zip(pending, results) {
                    // Status first, so that whoever the acknowledgement wakes already sees this commit in it.
                    status.recordCommit(item.batch.integrationID, item.batch.path, received: item.batch.events.count,
                                        duplicates: result.duplicates, newest: item.batch.events.lazy.map { $0.published }.max())
                    item.continuation.resume(returning: IngestReceipt(stored: result.inserted, duplicates: result.duplicates))
                    for (event, isNew) in zip(item.batch.events, result.isNew) where isNew { fresh.append(event) }
                }
                if !fresh.isEmpty { _ = detections.append(fresh) }
            case .failure(let error):
                logger.error("commit of \(pending.count) batch(es) failed; their sources will retry", metadata: ["error": "\(error)"])
                for item in pending {
                    item.continuation.resume(throwing: error)
                    status.recordError(item.batch.integrationID, item.batch.path, "store commit failed: \(error)")
                }
            }
        }
        detections.close()
    }

    /// Runs detection over each commit's new events, saves the alerts and hands them to the alert sinks.
    func detectionLoop() async {
        while let chunks = await detections.next(maxWeight: options.maxEventsPerCommit) {
            let events = chunks.count == 1 ? chunks[0] : chunks.flatMap { $0 }
            let alerts: [Alert]
            do {
                alerts = try await detection.detect(events)
            } catch {
                logger.error("detection failed on \(events.count) new events", metadata: ["error": "\(error)"])
                continue
            }
            guard !alerts.isEmpty else { continue }
            let store = self.store
            let saved: [SavedAlert]
            switch await offPool(storeQueue, { try store.save(raised: alerts) }) {
            case .success(let result): saved = result
            case .failure(let error):
                logger.error("saving \(alerts.count) alerts failed", metadata: ["error": "\(error)"])
                continue
            }
            alertCounter.increment(by: alerts.count)
            logger.info("raised \(alerts.count) alert(s)", metadata: ["rules": "\(Set(alerts.map(\.rule.id)).sorted())"])
            for sink in alertSinks { await sink.alertsSaved(saved) }
        }
    }

    func saveStatusPeriodically() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: options.statusInterval)
            if Task.isCancelled { return }
            let store = self.store, snapshot = status.snapshot()
            _ = await offPool(storeQueue) { try store.saveIngestStatus(snapshot) }
        }
    }

    /// Saves the status board now (also done when `run` returns).
    public func saveStatus() {
        do {
            try store.saveIngestStatus(status.snapshot())
        } catch {
            logger.error("saving ingestion status failed", metadata: ["error": "\(error)"])
        }
    }

    func offPool<T: Sendable>(_ queue: DispatchQueue, _ body: @escaping @Sendable () throws -> T) async -> Result<T, Error> {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result { try body() }) }
        }
    }
}
