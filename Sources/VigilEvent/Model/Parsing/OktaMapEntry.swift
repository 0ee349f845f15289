/// One `key=value` pair of a map Okta writes as text.
public struct OktaMapEntry: Sendable, Equatable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
