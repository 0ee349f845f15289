/// How a model object looked in its source JSON, so that encoding can reproduce it: the order of its keys,
/// and the modeled values that were explicit nulls, sent with another type than the model's, or unusable.
///
/// Two objects are equal when their content is: the key order is presentation, so it does not count; values
/// as sent do.
public struct SourceLayout: Sendable, Equatable {
    /// Keys in source order.
    var keys: [String] = []
    /// Modeled keys whose value was null, converted or unusable, as sent.
    var originals: [String: JSONValue] = [:]

    public init() {}

    init(keys: [String]) { self.keys = keys }

    public static func == (a: SourceLayout, b: SourceLayout) -> Bool { a.originals == b.originals }
}
