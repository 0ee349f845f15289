import Foundation

extension OktaClient {
    /// One page of a list endpoint and the `next` link, if any (lists end where the link does).
    public func listPage<T: Decodable>(_ type: T.Type, at url: URL) async throws -> (items: [T], next: URL?) {
        let request = OktaRequest(url: url)
        let response = try await call(request)
        let items = try response.decode([T].self, request: request.label)
        return (items, response.links.next.flatMap(URL.init(string:)))
    }

    /// Every item of a list, following `next` links. `maxItems` bounds memory for callers that only need a few.
    public func listAll<T: Decodable>(_ type: T.Type, at url: URL, maxItems: Int = .max) async throws -> [T] {
        var all: [T] = []
        var next: URL? = url
        while let page = next, all.count < maxItems {
            try Task.checkCancellation()
            let (items, following) = try await listPage(T.self, at: page)
            all += items
            next = following == page ? nil : following
        }
        return Array(all.prefix(maxItems))
    }

    /// Gets one resource.
    func get<T: Decodable>(_ type: T.Type, _ path: String) async throws -> T {
        let request = OktaRequest(url: url(path))
        return try await call(request).decode(T.self, request: request.label)
    }

    /// An id or login as one path segment.
    static func segment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? id
    }
}
