import Hummingbird

extension Router {
    /// `/healthz` says the process answers; `/readyz` says it can do its work (store open, pipeline and sources
    /// started), naming whatever is missing, so an orchestrator sends traffic only once hooks would be stored.
    public func addHealthRoutes(readiness: Readiness) {
        get("healthz") { _, _ in Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "ok\n"))) }
        get("readyz") { _, _ in
            let problems = readiness.problems()
            let text = problems.isEmpty ? "ready\n" : problems.joined(separator: "\n") + "\n"
            return Response(status: problems.isEmpty ? .ok : .serviceUnavailable, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
    }
}
