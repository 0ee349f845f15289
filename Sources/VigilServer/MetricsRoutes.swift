import Hummingbird
import Metrics
import Prometheus

/// Vigil's swift-metrics instruments, exposed for Prometheus at `/metrics`.
public enum VigilMetrics {
    /// The process-wide registry, bootstrapped into swift-metrics on first use (the metrics system can be
    /// bootstrapped only once per process).
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}

extension Router {
    /// `GET /metrics` in Prometheus' text exposition format.
    public func addMetricsRoute(registry: PrometheusCollectorRegistry) {
        get("metrics") { _, _ -> Response in
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }
}
