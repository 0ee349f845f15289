extension FieldPlan {
    /// Scans the one JSON value at the start of `bytes` (leading whitespace allowed), extracting this plan's
    /// fields. Returns the values and the offset just past the value. Span offsets are relative to `bytes`.
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int = 0) throws(JSONSyntaxError) -> (values: FieldValues, end: Int) {
        let (values, end, _) = try scan(bytes, from: offset, nestingRecords: false)
        return (values, end)
    }

    /// Scans a record that may be a wrapper of records (a hook delivery, an EventBridge envelope, an SQS
    /// response), scanning each record inside it with this plan as it goes, so that a wrapper's events are read in
    /// one pass: scanning the wrapper and then each event again made a hook delivery cost twice what the same
    /// events cost as NDJSON.
    func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> (values: FieldValues, end: Int, nested: [NestedRecord]) {
        let scanned = try scan(bytes, from: 0, nestingRecords: true)
        // An event with a field named like a wrapper's (none today) is indexed as one event after all.
        guard !scanned.nested.isEmpty && scanned.values.has(HotField.uuid.rawValue) else { return scanned }
        let (values, end) = try scan(bytes)
        return (values, end, [])
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int,
                      nestingRecords: Bool) throws(JSONSyntaxError) -> (values: FieldValues, end: Int, nested: [NestedRecord]) {
        guard let base = bytes.baseAddress else {
            throw JSONSyntaxError(offset: 0, reason: "input ended where a value was expected", isEndOfInput: true)
        }
        // The closures only hand out pointers into this plan's immutable arrays, which outlive the scan.
        let result: Result<(FieldValues, Int, [NestedRecord]), JSONSyntaxError> =
            nodeSlot.withUnsafeBufferPointer { slots in
                nodeTableStart.withUnsafeBufferPointer { starts in
                    nodeTableMask.withUnsafeBufferPointer { masks in
                     childTable.withUnsafeBufferPointer { table in
                        keyBytes.withUnsafeBufferPointer { keyBytes in
                          keyStart.withUnsafeBufferPointer { keyStart in
                           keySignature.withUnsafeBufferPointer { keySignature in
                            childNode.withUnsafeBufferPointer { nodes in
                                var walker = JSONWalker(
                                    base: base, count: bytes.count, pos: offset,
                                    nodeSlot: slots, tableStart: starts, tableMask: masks, childTable: table,
                                    keyBytes: keyBytes, keyStart: keyStart, keySignature: keySignature, childNode: nodes,
                                    values: FieldValues(slotCount: paths.count),
                                    nestedRecordSlots: nestingRecords ? nestedRecordSlots : SIMD4(repeating: -1))
                                do throws(JSONSyntaxError) {
                                    try walker.scanValue(node: 0, depth: 0)
                                    return .success((walker.values, walker.pos, walker.nested))
                                } catch {
                                    return .failure(error)
                                }
                            }
                           }
                          }
                        }
                     }
                    }
                }
            }
        return try result.get()
    }

    /// Convenience for byte arrays.
    public func scan(_ bytes: [UInt8]) throws(JSONSyntaxError) -> FieldValues {
        let r: Result<FieldValues, JSONSyntaxError> = bytes.withUnsafeBufferPointer { b in
            do throws(JSONSyntaxError) { return .success(try scan(b).values) } catch { return .failure(error) }
        }
        return try r.get()
    }
}
