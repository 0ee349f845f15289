import Hummingbird

/// Cursor pagination of Okta's list endpoints: `limit` and an opaque `after` (the id of the last item served);
/// the `next` link carries the same query with the new cursor, and the last page has none.
struct ListPaging {
    let defaultLimit: Int
    let maxLimit: Int

    static let standard = ListPaging(defaultLimit: 200, maxLimit: 200)

    func page<Item>(_ items: [Item], id: (Item) -> String, request: Request, baseURL: String) throws(OktaError) -> (items: [Item], headers: HTTPFields) {
        let parameters = request.uri.queryParameters
        var limit = defaultLimit
        if let text = parameters.get("limit") {
            guard let n = Int(text), n >= 1 else { throw OktaError.validation("limit: must be a positive integer, got '\(text)'") }
            limit = min(n, maxLimit)
        }
        var start = 0
        if let after = parameters.get("after") {
            guard let index = items.firstIndex(where: { id($0) == after }) else {
                throw OktaError.validation("after: '\(after)' is not a valid cursor")
            }
            start = index + 1
        }
        let slice = Array(items[start..<min(start + limit, items.count)])
        var nextQuery: String?
        if start + limit < items.count, let last = slice.last {
            var query = parameters.filter { $0.key != "after" && $0.key != "limit" }.map { (String($0.key), String($0.value)) }
            query.append(("limit", String(limit)))
            query.append(("after", id(last)))
            nextQuery = QueryString.encode(query)
        }
        return (slice, LinkHeader.fields(baseURL: baseURL, request: request, nextQuery: nextQuery))
    }
}
