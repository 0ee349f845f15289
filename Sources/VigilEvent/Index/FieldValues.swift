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

    @usableFromInline
    init(start: Int32, end: Int32, next: Int32, kind: JSONValueKind, escaped: Bool) {
        self.start = start
        self.end = end
        self.next = next
        self.kind = kind
        self.escaped = escaped
    }
}

/// The values a `FieldPlan` extracted from one event: per slot, zero or more spans into the raw bytes.
///
/// Its readers are inlinable: rules and analytics in other modules read slots for every event, and a call (plus a
/// retain of the storage) per read cost more than the read.
public struct FieldValues: Sendable {
    /// One buffer for the whole index, so an event costs one allocation (and each copy of it one retain) for its
    /// fields: per slot, the index of its first span and of its last (`storage[2*slot]`, `storage[2*slot+1]`, -1
    /// when none); then the spans, four words each (start, end, next, kind | escaped << 8).
    @usableFromInline var storage: [Int32]
    public let slotCount: Int

    init(slotCount: Int) {
        self.slotCount = slotCount
        // An event fills most slots once, a few several times (targets): about one span per slot. Reserving less
        // made nearly every event under the rules' plan grow (copy) its spans once.
        storage = []
        storage.reserveCapacity(slotCount * 2 + max(slotCount, 16) * 4)
        storage.append(contentsOf: repeatElement(-1, count: slotCount * 2))
    }

    @inline(__always)
    mutating func append(slot: Int32, _ span: ValueSpan) {
        let index = Int32(spanCount)
        storage.append(span.start)
        storage.append(span.end)
        storage.append(-1)
        storage.append(Int32(span.kind.rawValue) | (span.escaped ? 0x100 : 0))
        let s = Int(slot) * 2
        if storage[s] < 0 { storage[s] = index } else { storage[spanBase + Int(storage[s + 1]) * 4 + 2] = index }
        storage[s + 1] = index
    }

    @inlinable
    var spanBase: Int { slotCount * 2 }

    /// The number of spans recorded (derived, so that an event's index stays two words wide).
    var spanCount: Int { (storage.count - spanBase) >> 2 }

    /// The first value of a slot.
    @inlinable
    public func first(_ slot: Int) -> ValueSpan? {
        let h = head(slot)
        return h < 0 ? nil : Self.span(storage, at: spanBase + Int(h) * 4)
    }

    /// Every value of a slot, in document order (several when the path crosses an array).
    @inlinable
    public func values(_ slot: Int) -> SlotValues {
        SlotValues(storage: storage, base: spanBase, head: head(slot))
    }

    /// Whether any value of the slot passes `test`, walking the values in place (`values(_:)` hands out a copy of
    /// the storage, a retain and release per call).
    @inlinable
    public func contains(_ slot: Int, where test: (ValueSpan) throws -> Bool) rethrows -> Bool {
        var index = head(slot)
        while index >= 0 {
            let span = Self.span(storage, at: spanBase + Int(index) * 4)
            if try test(span) { return true }
            index = span.next
        }
        return false
    }

    @inlinable
    public func has(_ slot: Int) -> Bool { head(slot) >= 0 }

    /// Index of the slot's first span, or -1.
    @inlinable
    func head(_ slot: Int) -> Int32 { slot < slotCount ? storage[slot * 2] : -1 }

    /// The span whose four words start at `offset` (`append` wrote its kind from a `JSONValueKind`).
    @inlinable @inline(__always)
    static func span(_ storage: [Int32], at offset: Int) -> ValueSpan {
        let flags = storage[offset + 3]
        return ValueSpan(start: storage[offset], end: storage[offset + 1], next: storage[offset + 2],
                         kind: JSONValueKind(rawValue: UInt8(truncatingIfNeeded: flags))!, escaped: flags & 0x100 != 0)
    }
}

/// The values of one slot, in document order; its own iterator, so a walk copies the storage once.
public struct SlotValues: Sequence, IteratorProtocol, Sendable {
    @usableFromInline let storage: [Int32]
    @usableFromInline let base: Int
    @usableFromInline var index: Int32

    @inlinable
    init(storage: [Int32], base: Int, head: Int32) {
        self.storage = storage
        self.base = base
        index = head
    }

    @inlinable
    public mutating func next() -> ValueSpan? {
        guard index >= 0 else { return nil }
        let span = FieldValues.span(storage, at: base + Int(index) * 4)
        index = span.next
        return span
    }

    /// Whether no values remain.
    @inlinable
    public var isEmpty: Bool { index < 0 }
}
