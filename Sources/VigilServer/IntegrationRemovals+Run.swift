import ServiceLifecycle

extension IntegrationRemovals {
    /// Runs `body` in a task of its own until it returns, or until graceful shutdown, cancellation or the removal
    /// of `integration` cancels it.
    func runUntilRemoved(_ integration: String, _ body: @escaping @Sendable () async -> Void) async throws {
        let task = Task { await body() }
        let token = onRemoval(integration) { task.cancel() }
        defer { cancel(token, for: integration) }
        await cancelWhenGracefulShutdown {
            await withTaskCancellationHandler { await task.value } onCancel: { task.cancel() }
        }
    }
}
