/// A string enumeration from Okta's schema, kept open: a value Okta adds later (or one it sends outside its
/// own enum, like `ALL_INTERNAL_VOLUMES`) decodes as itself instead of failing the event.
public protocol OktaEnumeration: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String {
    init(rawValue: String)
}

extension OktaEnumeration {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
}
