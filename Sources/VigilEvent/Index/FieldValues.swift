/// Where one extracted value sits in the event's bytes.
public struct ValueSpan: Sendable, Equatable {
    /// Byte range of the value. For strings it excludes the quotes.
    public var start: Int32
    public var end: Int32
    /// Next value of the same slot (arrays), or -1.
    var next: Int32
    public var kind: JSONValueKind
    /// For strings: whether a backslash escape occurs, so the bytes are not the value as-is.
    public var escaped: Bool
}

/// The values a `FieldPlan` extracted from one event: per slot, zero or more spans into the raw bytes.
public struct FieldValues: Sendable {
    var spans: [ValueSpan]
    /// Per slot, the index of its first span (`links[2*slot]`) and of its last (`links[2*slot+1]`), or -1;
    /// one array rather than two saves an allocation per event.
    var links: [Int32]

    init(slotCount: Int) {
        spans = []
        spans.reserveCapacity(48)
        links = Array(repeating: -1, count: slotCount * 2)
    }

    @inline(__always)
    mutating func append(slot: Int32, _ span: ValueSpan) {
        let index = Int32(spans.count)
        spans.append(span)
        let s = Int(slot) * 2
        if links[s] < 0 { links[s] = index } else { spans[Int(links[s + 1])].next = index }
        links[s + 1] = index
    }

    public var slotCount: Int { links.count / 2 }

    /// The first value of a slot.
    @inline(__always)
    public func first(_ slot: Int) -> ValueSpan? {
        guard slot < slotCount else { return nil }
        let h = links[slot * 2]
        return h < 0 ? nil : spans[Int(h)]
    }

    /// Every value of a slot, in document order (several when the path crosses an array).
    @inline(__always)
    public func values(_ slot: Int) -> SlotValues {
        SlotValues(spans: spans, head: slot < slotCount ? links[slot * 2] : -1)
    }

    public func has(_ slot: Int) -> Bool { slot < slotCount && links[slot * 2] >= 0 }
}

/// The values of one slot, in document order.
public struct SlotValues: Sequence, Sendable {
    let spans: [ValueSpan]
    let head: Int32

    public struct Iterator: IteratorProtocol {
        let spans: [ValueSpan]
        var index: Int32
        @inline(__always)
        public mutating func next() -> ValueSpan? {
            guard index >= 0 else { return nil }
            let span = spans[Int(index)]
            index = span.next
            return span
        }
    }

    public func makeIterator() -> Iterator { Iterator(spans: spans, index: head) }
    public var isEmpty: Bool { head < 0 }
}
