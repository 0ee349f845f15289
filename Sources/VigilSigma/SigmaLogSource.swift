/// A rule's `logsource`: which events it is written for.
public struct SigmaLogSource: Sendable, Equatable {
    public var product: String?
    public var service: String?
    public var category: String?

    public init(product: String? = nil, service: String? = nil, category: String? = nil) {
        self.product = product
        self.service = service
        self.category = category
    }
}
