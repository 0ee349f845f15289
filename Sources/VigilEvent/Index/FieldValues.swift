/// Where one extracted value sits in the event's bytes.
public struct ValueSpan: Sendable, Equatable {
    /// Byte range of the value. For strings it excludes the quotes.
    public var start: Int32
    public var end: Int32
    /// Next value of the same slot (arrays), or -1.
    @usableFromInline var next: Int32
    public var kind: JSONValueKind
    /// For strings: whether a backslash escape occurs, so the bytes are not the value as-is.
    public var escaped: Bool
}

/// The values a `FieldPlan` extracted from one event: per slot, zero or more spans into the raw bytes.
///
/// Its readers are inlinable: rules and analytics in other modules read slots for every event, and a call (plus a
/// retain of `spans`) per read cost more than the read.
public struct FieldValues: Sendable {
    @usableFromInline var spans: [ValueSpan]
    /// Per slot, the index of its first span (`links[2*slot]`) and of its last (`links[2*slot+1]`), or -1;
    /// one array rather than two saves an allocation per event.
    @usableFromInline var links: [Int32]

    init(slotCount: Int) {
        spans = []
        // An event fills most slots once, a few several times (targets): about one span per slot. Reserving less
        // made nearly every event under the rules' plan grow (copy) its spans once.
        spans.reserveCapacity(max(slotCount, 16))
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

    @inlinable
    public var slotCount: Int { links.count / 2 }

    /// The first value of a slot.
    @inlinable
    public func first(_ slot: Int) -> ValueSpan? {
        let h = head(slot)
        return h < 0 ? nil : spans[Int(h)]
    }

    /// Every value of a slot, in document order (several when the path crosses an array).
    @inlinable
    public func values(_ slot: Int) -> SlotValues {
        SlotValues(spans: spans, head: head(slot))
    }

    /// Whether any value of the slot passes `test`, walking the values in place (`values(_:)` hands out a copy of
    /// the span list, a retain and release per call).
    @inlinable
    public func contains(_ slot: Int, where test: (ValueSpan) throws -> Bool) rethrows -> Bool {
        var index = head(slot)
        while index >= 0 {
            let span = spans[Int(index)]
            if try test(span) { return true }
            index = span.next
        }
        return false
    }

    @inlinable
    public func has(_ slot: Int) -> Bool { head(slot) >= 0 }

    /// Index of the slot's first span, or -1.
    @inlinable
    func head(_ slot: Int) -> Int32 { slot < slotCount ? links[slot * 2] : -1 }
}

/// The values of one slot, in document order; its own iterator, so a walk copies the span list once.
public struct SlotValues: Sequence, IteratorProtocol, Sendable {
    @usableFromInline let spans: [ValueSpan]
    @usableFromInline var index: Int32

    @inlinable
    init(spans: [ValueSpan], head: Int32) {
        self.spans = spans
        index = head
    }

    @inlinable
    public mutating func next() -> ValueSpan? {
        guard index >= 0 else { return nil }
        let span = spans[Int(index)]
        index = span.next
        return span
    }

    /// Whether no values remain.
    @inlinable
    public var isEmpty: Bool { index < 0 }
}
