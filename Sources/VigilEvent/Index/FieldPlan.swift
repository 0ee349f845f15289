/// A compiled set of field paths to extract from events, as a trie over object keys.
///
/// Paths are dotted (`client.geographicalContext.city`); keys match case-insensitively (ASCII), because Sigma
/// rules spell Okta's camelCase fields in lower case too; an array on the way is entered element by element,
/// so `target.displayName` yields every target's display name. Each path gets a *slot*, a small integer that
/// rules and the store use to reach the values, so no string path work happens per event.
///
/// The standard plan holds the hot fields (`HotField`) in slots `0..<HotField.allCases.count`; a rule set
/// extends it with its own paths (`extended(with:)`), and one scan then serves storage and every rule.
public final class FieldPlan: Sendable {
    /// Per trie node: slot id or -1.
    let nodeSlot: [Int32]
    /// Per trie node: where its hash table of children starts in `childTable`, and the table's size - 1 (-1 for
    /// a leaf). Objects with many keys (the event itself has two dozen) cost one probe per key instead of a walk
    /// along every child, and keys the plan does not want are dismissed just as fast.
    let nodeTableStart: [Int32]
    let nodeTableMask: [Int32]
    /// Open-addressed tables of child indexes (into `keyStart`/`keySignature`/`childNode`), -1 for empty.
    let childTable: [Int32]
    /// Children, grouped by parent: lower-cased key bytes (child `i` owns `keyBytes[keyStart[i]..<keyStart[i+1]]`)
    /// and child node id. One flat buffer keeps key comparison free of reference counting; eight zero bytes
    /// after the last key let a comparison read whole words.
    let keyBytes: [UInt8]
    let keyStart: [Int32]
    let keySignature: [UInt64]
    let childNode: [Int32]
    /// The dotted path of each slot, lower-cased, in slot order.
    public let paths: [String]
    /// Slots of the wrapper fields whose objects are records of their own (hook `data.events`, EventBridge
    /// `detail`, SQS `Messages`), -1 where the plan lacks one: `scanRecord` scans their objects as records of
    /// their own.
    let nestedRecordSlots: SIMD4<Int32>

    /// Slot of a dotted path (case-insensitive), if the plan has it.
    public func slot(for path: String) -> Int? {
        paths.firstIndex(of: path.lowercased())
    }

    public var slotCount: Int { paths.count }

    /// Builds a plan for `paths`; slot numbers follow the order given (duplicates share a slot).
    public init(paths input: [String]) {
        // Build a mutable trie first, then flatten it so that each node's children are contiguous.
        final class Node { var slot: Int32 = -1; var children: [(key: [UInt8], node: Node)] = [] }
        let root = Node()
        var paths: [String] = []
        for raw in input {
            let path = raw.lowercased()
            if paths.contains(path) { continue }
            var node = root
            for part in path.split(separator: ".", omittingEmptySubsequences: false) {
                let key = Array(part.utf8)
                if let next = node.children.first(where: { $0.key == key })?.node {
                    node = next
                } else {
                    let next = Node()
                    node.children.append((key, next))
                    node = next
                }
            }
            node.slot = Int32(paths.count)
            paths.append(path)
        }
        var nodeSlot: [Int32] = [], start: [Int32] = [], count: [Int32] = []
        var keys: [[UInt8]] = [], targets: [Int32] = []
        // Breadth-first numbering: node ids are assigned as nodes are dequeued.
        var queue: [Node] = [root]
        var head = 0
        var nextId: Int32 = 1
        while head < queue.count {
            let node = queue[head]
            head += 1
            nodeSlot.append(node.slot)
            start.append(Int32(keys.count))
            count.append(Int32(node.children.count))
            for child in node.children {
                keys.append(child.key)
                targets.append(nextId)
                nextId += 1
                queue.append(child.node)
            }
        }
        self.nodeSlot = nodeSlot
        let signatures = keys.map { key in key.withUnsafeBufferPointer { signatureOfKey($0.baseAddress!, $0.count) } }
        var tableStart: [Int32] = [], tableMask: [Int32] = [], table: [Int32] = []
        for (first, n) in zip(start, count) {
            guard n > 0 else { tableStart.append(0); tableMask.append(-1); continue }
            // At most half full, so a miss ends at an empty entry within a probe or two.
            var size = 4
            while size < Int(n) * 2 { size *= 2 }
            var entries = [Int32](repeating: -1, count: size)
            for child in Int(first)..<Int(first + n) {
                var at = childHash(signatures[child], mask: size - 1)
                while entries[at] >= 0 { at = (at + 1) & (size - 1) }
                entries[at] = Int32(child)
            }
            tableStart.append(Int32(table.count))
            tableMask.append(Int32(size - 1))
            table += entries
        }
        self.nodeTableStart = tableStart
        self.nodeTableMask = tableMask
        self.childTable = table
        self.keyBytes = keys.flatMap { $0 } + [UInt8](repeating: 0, count: 8)
        self.keyStart = keys.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
        self.keySignature = signatures
        self.childNode = targets
        self.paths = paths
        let nested = [HotField.hookEvents, .eventBridgeDetail, .sqsMessages].map { field in paths.firstIndex(of: field.path.lowercased()).map(Int32.init) ?? -1 }
        nestedRecordSlots = SIMD4(nested[0], nested[1], nested[2], -1)
    }

    /// A plan with this plan's paths first (same slots) and `more` after them.
    public func extended(with more: [String]) -> FieldPlan {
        FieldPlan(paths: paths + more)
    }

    /// The hot fields that ingestion, storage and the UI need, plus the markers of wrapper shapes.
    public static let standard = FieldPlan(paths: HotField.allCases.map(\.path))
}

/// The table entry where a key with this signature is looked up first.
@inline(__always)
func childHash(_ signature: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (signature &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
}
