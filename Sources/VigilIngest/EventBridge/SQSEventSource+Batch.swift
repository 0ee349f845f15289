import Foundation
import VigilAWS
import VigilEvent
import VigilStore

extension SQSEventSource {
    /// What one message turned into, and so what must be durable before it may be deleted.
    struct ReadMessage {
        var message: SQSMessage
        var events: [OktaEvent]
        /// Set when (part of) the message could not be read.
        var deadLetter: DeadLetter?
    }

    /// Reads a message's body: normally an EventBridge envelope holding one LogEvent. Whatever cannot be read
    /// becomes a dead letter with the reader's reasons.
    func read(_ message: SQSMessage) -> ReadMessage {
        let body = Array(message.body.utf8)
        let (events, rejections) = EventReader.read(body, plan: plan)
        var reason: String?
        if !rejections.isEmpty {
            reason = rejections.map(\.description).joined(separator: "; ")
        } else if events.isEmpty {
            reason = body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
                ? "the message body is empty" : "the message body holds no System Log event"
        }
        let letter = reason.map { DeadLetter(source: sourceLabel, upstreamID: message.messageID, reason: "SQS message \(message.messageID): \($0)", body: body) }
        return ReadMessage(message: message, events: events, deadLetter: letter)
    }

    /// Stores one received batch and deletes what became durable. Returns false when something could not be
    /// made durable (those messages stay on the queue and come back).
    func handle(_ messages: [SQSMessage]) async -> Bool {
        state.withLock {
            $0.messagesReceived += messages.count
            $0.lastReceivedAt = Date()
        }
        for m in messages where (m.receiveCount ?? 0) >= 5 {
            logger.warning("SQS message delivered again and again; is the store failing?",
                           metadata: ["message": "\(m.messageID)", "receiveCount": "\(m.receiveCount ?? 0)"])
        }
        let parsed = messages.map { self.read($0) }
        let letters = parsed.compactMap(\.deadLetter)
        let events = parsed.flatMap(\.events)

        var lettersDurable = letters.isEmpty
        if !letters.isEmpty {
            do {
                try await deadLetters.record(letters)
                lettersDurable = true
                for letter in letters { logger.warning("Dead letter recorded", metadata: ["reason": "\(letter.reason)"]) }
                state.withLock { $0.deadLetters += letters.count }
            } catch {
                noteError("recording \(letters.count) dead letter(s) failed: \(error)")
            }
        }
        var eventsDurable = events.isEmpty
        if !events.isEmpty {
            do {
                let receipt = try await sink.accept(IngestBatch(integrationID: configuration.integrationID, path: .eventBridge, events: events))
                eventsDurable = true
                let newest = events.map(\.published).max()
                state.withLock {
                    $0.eventsStored += receipt.stored
                    $0.duplicates += receipt.duplicates
                    if let newest, $0.lastEventPublished.map({ newest > $0 }) ?? true { $0.lastEventPublished = newest }
                }
                logger.debug("Stored events from SQS", metadata: ["stored": "\(receipt.stored)", "duplicates": "\(receipt.duplicates)"])
            } catch {
                noteError("storing \(events.count) event(s) failed; their messages stay on the queue: \(error)")
            }
        }
        let deletable = parsed.filter { ($0.events.isEmpty || eventsDurable) && ($0.deadLetter == nil || lettersDurable) }.map(\.message)
        await delete(deletable)
        return deletable.count == messages.count
    }

    /// Deletes acknowledged messages. A message SQS refuses to delete comes back later; the store ignores its
    /// events the second time, so a failed delete costs a little work, never data.
    private func delete(_ messages: [SQSMessage]) async {
        guard !messages.isEmpty else { return }
        do {
            let result = try await sqs.deleteMessages(queueURL: configuration.queueURL, messages)
            state.withLock {
                $0.messagesDeleted += result.deleted.count
                $0.deleteFailures += result.failed.count
            }
            for failure in result.failed { logger.warning("SQS refused to delete a message", metadata: ["failure": "\(failure)"]) }
        } catch {
            state.withLock { $0.deleteFailures += messages.count }
            noteError("deleting \(messages.count) stored message(s) failed (they will be delivered again): \(error)")
        }
    }
}
