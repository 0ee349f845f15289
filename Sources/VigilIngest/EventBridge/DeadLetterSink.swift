import VigilStore

/// Where a source puts input it cannot read. Like `EventSink.accept`, `record` returns only once the letters are
/// durable, so the source may then acknowledge (delete) the input upstream.
public protocol DeadLetterSink: Sendable {
    func record(_ letters: [DeadLetter]) async throws
}

extension EventStore: DeadLetterSink {
    public func record(_ letters: [DeadLetter]) async throws {
        // SQLite blocks; keep it off the cooperative pool's threads.
        _ = try await Task.detached { try self.saveDeadLetters(letters) }.value
    }
}
