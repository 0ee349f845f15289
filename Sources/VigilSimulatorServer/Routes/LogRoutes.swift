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
        var body: [UInt8] = [UInt8(ascii: "[")]
        for (i, stored) in events.enumerated() {
            if i > 0 { body.append(UInt8(ascii: ",")) }
            body += stored.event.raw
        }
        body.append(UInt8(ascii: "]"))
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
