/// Where in the input a record sits: a byte offset, its line, and for nested records what contains them.
public struct InputPosition: Sendable, Hashable, CustomStringConvertible {
    /// Byte offset from the start of the input.
    public var offset: Int
    /// 1-based line number of `offset`.
    public var line: Int
    /// For records inside a wrapper: which one (for example `data.events[3]`).
    public var within: String?

    public init(offset: Int, line: Int, within: String? = nil) {
        self.offset = offset
        self.line = line
        self.within = within
    }

    public var description: String {
        "line \(line), byte \(offset)" + (within.map { " (\($0))" } ?? "")
    }
}

/// A record the reader could not use, and why. Rejections are reported, never dropped silently.
public struct Rejection: Sendable, CustomStringConvertible {
    public var position: InputPosition
    public var reason: String
    /// The start of the offending bytes, for the report (at most 120 bytes).
    public var excerpt: String

    public var description: String { "\(position): \(reason)" }
}

/// Counts kept by a reader over its whole input.
public struct ReaderStats: Sendable {
    /// Valid events produced.
    public var events = 0
    /// Records rejected.
    public var rejected = 0
    /// Bytes consumed so far.
    public var bytes = 0
    /// How many top-level records of each shape were seen (indexed by `InputShape.allCases` order; a fixed
    /// array because it is bumped once per record).
    var shapeCounts = [Int](repeating: 0, count: InputShape.allCases.count)

    /// How many top-level records of each shape were seen, leaving out shapes not seen.
    public var shapes: [InputShape: Int] {
        var out: [InputShape: Int] = [:]
        for (shape, n) in zip(InputShape.allCases, shapeCounts) where n > 0 { out[shape] = n }
        return out
    }
}
