import VigilEvent

/// A rule's condition and selections lowered into one tree of final classes for the per-event loop.
///
/// `CompiledCondition` and `CompiledSelection` are enums, which suit compiling, explaining and indexing; but matching
/// on an enum binds its payload arrays and copies them (a retain and release each) on every event. Here every node is
/// a reference with immutable arrays, read in place.
final class MatchNode: Sendable {
    enum Op: UInt8 {
        case and, or, not, fields, keywordsAny, keywordsAll
    }

    let op: Op
    /// The children and tests, owned here; matching reaches them through `childRefs` and `testRefs`.
    let children: [MatchNode]
    let tests: [FieldTest]
    let keywords: [CompiledValue]
    /// Unretained views of `children` and `tests`, which keep them alive: a strong reference read from an array is
    /// retained and released around each call, and that was a fifth of rule matching's time.
    private let childRefs: [Unmanaged<MatchNode>]
    private let testRefs: [Unmanaged<FieldTest>]

    private init(_ op: Op, children: [MatchNode] = [], tests: [FieldTest] = [], keywords: [CompiledValue] = []) {
        self.op = op
        self.children = children
        self.tests = tests
        self.keywords = keywords
        childRefs = children.map(Unmanaged.passUnretained)
        testRefs = tests.map(Unmanaged.passUnretained)
    }

    /// Lowers a condition; `selections` are the rule's selections already lowered, by index (and shared).
    static func lower(_ condition: CompiledCondition, selections: [MatchNode]) -> MatchNode {
        switch condition {
        case .selection(let index): selections[index]
        case .and(let parts): MatchNode(.and, children: typeLast(parts.map { lower($0, selections: selections) }, \.onlyTestsType))
        case .or(let parts): MatchNode(.or, children: parts.map { lower($0, selections: selections) })
        case .not(let inner): MatchNode(.not, children: [lower(inner, selections: selections)])
        }
    }

    convenience init(_ selection: CompiledSelection) {
        switch selection {
        case .all(let tests): self.init(.fields, tests: Self.typeLast(tests, \.testsType))
        case .any(let list): self.init(.or, children: list.map(MatchNode.init))
        case .keywords(let values, let all): self.init(all ? .keywordsAll : .keywordsAny, keywords: values)
        }
    }

    /// `items` with those that only test the event type moved to the end, in order otherwise. The engine checks an
    /// event only against rules that ask for its type (see `Detector`), so those tests nearly always pass: an AND
    /// that fails (most do) fails sooner on its other parts.
    private static func typeLast<T>(_ items: [T], _ testsType: (T) -> Bool) -> [T] {
        items.filter { !testsType($0) } + items.filter(testsType)
    }

    /// Whether this node tests nothing but the event type.
    private var onlyTestsType: Bool { op == .fields && !tests.isEmpty && tests.allSatisfy(\.testsType) }

    func matches(_ fields: FieldValues, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch op {
        case .and:
            for child in childRefs where !child._withUnsafeGuaranteedRef({ $0.matches(fields, bytes) }) { return false }
            return true
        case .or:
            for child in childRefs where child._withUnsafeGuaranteedRef({ $0.matches(fields, bytes) }) { return true }
            return false
        case .not:
            return !childRefs[0]._withUnsafeGuaranteedRef { $0.matches(fields, bytes) }
        case .fields:
            for test in testRefs where !test._withUnsafeGuaranteedRef({ $0.matches(fields, bytes) }) { return false }
            return true
        case .keywordsAny, .keywordsAll:
            // The JSON text as it is (escapes included): keywords are a full-text search. Read in place: subscripting
            // `keywords` would copy each value.
            let all = op == .keywordsAll
            return keywords.withUnsafeBufferPointer { keywords in
                for i in keywords.indices where keywords[i].test.matches(bytes, escaped: false) != all { return !all }
                return all
            }
        }
    }
}
