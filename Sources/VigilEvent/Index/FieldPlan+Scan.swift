extension FieldPlan {
    /// Scans the one JSON value at the start of `bytes` (leading whitespace allowed), extracting this plan's
    /// fields. Returns the values and the offset just past the value. Span offsets are relative to `bytes`.
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int = 0) throws(JSONSyntaxError) -> (values: FieldValues, end: Int) {
        guard let base = bytes.baseAddress else {
            throw JSONSyntaxError(offset: 0, reason: "input ended where a value was expected", isEndOfInput: true)
        }
        // The closures only hand out pointers into this plan's immutable arrays, which outlive the scan.
        let result: Result<(FieldValues, Int), JSONSyntaxError> =
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
                                    values: FieldValues(slotCount: paths.count))
                                do throws(JSONSyntaxError) {
                                    try walker.scanValue(node: 0, depth: 0)
                                    return .success((walker.values, walker.pos))
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
