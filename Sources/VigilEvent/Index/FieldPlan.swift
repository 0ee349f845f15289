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
    /// Per trie node: range of its children in `childKeys`/`childNode`.
    let nodeChildStart: [Int32]
    let nodeChildCount: [Int32]
    /// Children, grouped by parent: lower-cased key bytes (child `i` owns `keyBytes[keyStart[i]..<keyStart[i+1]]`)
    /// and child node id. One flat buffer keeps key comparison free of reference counting.
    let keyBytes: [UInt8]
    let keyStart: [Int32]
    let keySignature: [UInt64]
    let childNode: [Int32]
    /// The dotted path of each slot, lower-cased, in slot order.
    public let paths: [String]

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
        self.nodeChildStart = start
        self.nodeChildCount = count
        self.keyBytes = keys.flatMap { $0 }
        self.keyStart = keys.reduce(into: [Int32(0)]) { $0.append($0.last! + Int32($1.count)) }
        self.keySignature = keys.map { key in key.withUnsafeBufferPointer { signatureOfKey($0.baseAddress!, $0.count) } }
        self.childNode = targets
        self.paths = paths
    }

    /// A plan with this plan's paths first (same slots) and `more` after them.
    public func extended(with more: [String]) -> FieldPlan {
        FieldPlan(paths: paths + more)
    }

    /// The hot fields that ingestion, storage and the UI need, plus the markers of wrapper shapes.
    public static let standard = FieldPlan(paths: HotField.allCases.map(\.path))
}
