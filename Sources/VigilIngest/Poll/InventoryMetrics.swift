import Metrics
import VigilEvent

/// `/metrics` for one integration's inventory sync: syncs by outcome and when the last one succeeded.
struct InventoryMetrics: Sendable {
    let successes, failures: Counter
    let lastSuccess: Gauge

    init(integrationID: String) {
        successes = Counter(label: "vigil_inventory_syncs_total", dimensions: [("integration", integrationID), ("outcome", "success")])
        failures = Counter(label: "vigil_inventory_syncs_total", dimensions: [("integration", integrationID), ("outcome", "failure")])
        lastSuccess = Gauge(label: "vigil_inventory_last_success_timestamp_seconds", dimensions: [("integration", integrationID)])
    }

    func succeeded(at time: Timestamp) {
        successes.increment()
        lastSuccess.record(Double(time.millis) / 1000)
    }

    func failed() { failures.increment() }
}
