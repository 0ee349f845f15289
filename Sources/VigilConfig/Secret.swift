/// A credential's value. It prints as `<redacted>` everywhere — `print`, string interpolation, `dump`, logs —
/// so that a secret can travel through configuration and error messages without ever being shown; code that
/// needs the value asks for it explicitly with `reveal()`.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    public init(_ value: String) { self.value = value }

    /// The value itself, for the one place that sends it (an HTTP header, a token request).
    public func reveal() -> String { value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// Compares with `candidate` in time that depends only on the lengths, not on where the bytes differ, so a
    /// caller guessing a shared secret learns nothing from how long a rejection takes.
    public func matches(_ candidate: some StringProtocol) -> Bool {
        let expected = Array(value.utf8), given = Array(candidate.utf8)
        var difference = UInt8(expected.count == given.count ? 0 : 1)
        for i in 0..<max(expected.count, given.count) {
            let a = i < expected.count ? expected[i] : 0, b = i < given.count ? given[i] : 0
            difference |= a ^ b
        }
        return difference == 0
    }
}
