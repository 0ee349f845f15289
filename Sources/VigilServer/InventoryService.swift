import Logging
import ServiceLifecycle
import VigilIngest

/// One integration's scheduled inventory sync as a service: it stops on graceful shutdown or when the integration
/// is removed. A failed sync is logged and recorded in the inventory status by `InventorySync`, and never stops
/// this service or the others.
struct InventoryService: Service, CustomStringConvertible {
    let sync: InventorySync
    let removals: IntegrationRemovals

    var description: String { "inventory \(sync.integrationID)" }

    func run() async throws {
        try await removals.runUntilRemoved(sync.integrationID) { [sync] in await sync.runScheduled() }
    }
}
