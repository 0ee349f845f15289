import Hummingbird

/// `GET /api/v1/logs`: the System Log with Okta's polling and bounded semantics.
struct LogRoutes {
    let env: ServerEnvironment

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/v1/logs") { request, _ in try await list(request) }
    }

    private func list(_ request: Request) async throws -> Response {
        _ = try await env.authorize(request, OktaScope.logsRead)
        let (events, next) = try await env.state.logPage(request.uri.queryParameters)
        // Written once into a buffer of the page's size: a benchmark's backfill reads pages as fast as this serves them.
        var body = ByteBuffer()
        body.reserveCapacity(events.reduce(2) { $0 + $1.event.raw.count + 1 })
        body.writeInteger(UInt8(ascii: "["))
        for i in events.indices {
            if i > 0 { body.writeInteger(UInt8(ascii: ",")) }
            body.writeBytes(events[i].event.raw)
        }
        body.writeInteger(UInt8(ascii: "]"))
        return JSONBody.raw(body, headers: LinkHeader.fields(baseURL: env.baseURL(), request: request, nextQuery: next))
    }
}

extension OrgState {
    /// One page of the System Log for these query parameters, and the next page's query string.
    func logPage(_ parameters: Parameters) throws(OktaError) -> (events: [StoredEvent], next: String?) {
        let now = self.now
        let query = try LogQuery(parameters, now: now)
        let (events, cursor) = log.page(query, now: now)
        return (events, cursor.map(query.nextQueryString))
    }
}
