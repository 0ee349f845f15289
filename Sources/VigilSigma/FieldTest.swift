import VigilEvent

/// A compiled `field|modifiers: values` item, reading one slot of the event's field index. A class, so that
/// selections pass it by reference: copying a struct of this size costs several retains per event.
final class FieldTest: Sendable {
    /// The field's slot in the rule set's `FieldPlan`.
    let slot: Int
    /// The field and modifiers as the rule writes them, for explanations.
    let field: String
    let kind: Kind
    // The kind's contents as plain properties: matching reads them in place, where binding an enum payload
    // would copy (and retain) it on every event.
    private let mode: Mode
    private let values: [CompiledValue]
    private let all: Bool
    private let negated: Bool

    private enum Mode: UInt8 { case values, exists, absent, null }

    init(slot: Int, field: String, kind: Kind) {
        self.slot = slot
        self.field = field
        self.kind = kind
        switch kind {
        case .values(let values, let all, let negated): (mode, self.values, self.all, self.negated) = (.values, values, all, negated)
        case .exists(let expected): (mode, values, all, negated) = (expected ? .exists : .absent, [], false, false)
        case .null: (mode, values, all, negated) = (.null, [], false, false)
        }
    }

    enum Kind: Sendable {
        /// Any value of the slot passes any test (OR), or every test is passed by some value (`all`);
        /// `negated` (`neq`): no value passes any test.
        case values([CompiledValue], all: Bool, negated: Bool)
        case exists(Bool)
        /// `field: null`: the field is absent or JSON null.
        case null
    }

    func matches(_ fields: FieldValues, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch mode {
        case .exists: return fields.has(slot)
        case .absent: return !fields.has(slot)
        case .null:
            guard fields.has(slot) else { return true }
            return fields.contains(slot) { $0.kind == .null }
        case .values:
            // Values and spans are read in place (borrowed from their buffers): subscripting `values` copied each
            // value, a retain and release of its test and phrase for every value of every rule on every event.
            let slot = slot
            return values.withUnsafeBufferPointer { values in
                if all {
                    for i in values.indices where !fields.contains(slot, where: { values[i].test.matches($0, in: bytes) }) { return false }
                    return true
                }
                for i in values.indices where fields.contains(slot, where: { values[i].test.matches($0, in: bytes) }) { return !negated }
                return negated
            }
        }
    }

    /// Whether this tests the event type's values.
    var testsType: Bool { slot == HotField.eventType.rawValue && mode == .values }

    /// The first value of the slot that passes `value`'s test.
    func firstSpan(passing value: CompiledValue, _ fields: FieldValues, _ bytes: UnsafeBufferPointer<UInt8>) -> ValueSpan? {
        for span in fields.values(slot) where value.test.matches(span, in: bytes) { return span }
        return nil
    }
}
