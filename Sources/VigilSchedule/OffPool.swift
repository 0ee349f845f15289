import Dispatch

/// Runs blocking store work (a scan of hours of events, a retention pass) on its own thread rather than one of the
/// few threads Swift's concurrency shares with ingestion.
func offPool<T: Sendable>(_ label: String, _ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue(label: label).async { continuation.resume(with: Result { try body() }) }
    }
}
