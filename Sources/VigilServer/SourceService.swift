import Logging
import ServiceLifecycle
import VigilIngest

/// Runs one source as a service: restarts it with backoff when it fails (recording the error in its status), and
/// stops it on graceful shutdown or when its integration is removed.
struct SourceService: Service, CustomStringConvertible {
    let source: any IngestSource
    let sink: any EventSink
    let status: IngestStatusBoard
    let removals: IntegrationRemovals
    let readiness: Readiness
    let logger: Logger

    var description: String { "source \(source.integrationID)/\(source.path.rawValue)" }

    func run() async throws {
        let id = source.integrationID
        try await removals.runUntilRemoved(id) { await runWithRestarts() }
        if removals.isRemoved(id) { logger.notice("stopped: the integration was removed", metadata: ["source": "\(self)"]) }
    }

    private func runWithRestarts() async {
        var delay = Duration.seconds(1)
        readiness.clear(description)
        while !Task.isCancelled {
            do {
                try await source.run(sink: sink, status: status)
                return
            } catch {
                if Task.isCancelled || error is CancellationError { return }
                logger.error("failed; restarting in \(delay)", metadata: ["source": "\(self)", "error": "\(error)"])
                status.recordError(source.integrationID, source.path, "\(error)")
                try? await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(60))
            }
        }
    }
}

/// Applies removals recorded in the store (by `vigil integrations remove`, possibly from another process) to the
/// running service.
struct RemovalWatcher: Service {
    let check: @Sendable () throws -> Set<String>
    let removals: IntegrationRemovals
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    for id in try check().sorted() where removals.remove(id) {
                        logger.notice("integration removed: its sources stop and its hooks now get 404", metadata: ["integration": "\(id)"])
                    }
                } catch {
                    logger.error("cannot read removed integrations", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}

/// The pipeline as a service: on graceful shutdown it stops taking batches and returns once everything accepted
/// is committed and detected. It shuts down last, after the HTTP server and the sources that feed it.
struct PipelineService: Service {
    let pipeline: IngestPipeline
    let readiness: Readiness

    func run() async throws {
        readiness.clear("pipeline")
        await withGracefulShutdownHandler {
            await pipeline.run()
        } onGracefulShutdown: {
            pipeline.finish()
        }
    }
}

/// Runs the hook inbox: hands its batches to the pipeline until a graceful shutdown, then everything left.
struct InboxService: Service {
    let inbox: DeliveryInbox

    func run() async throws {
        await withGracefulShutdownHandler {
            await inbox.run()
        } onGracefulShutdown: {
            inbox.finish()
        }
    }
}
