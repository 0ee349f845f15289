import VigilEvent

/// A compiled `field|modifiers: values` item, reading one slot of the event's field index.
struct FieldTest: Sendable {
    /// The field's slot in the rule set's `FieldPlan`.
    let slot: Int
    /// The field and modifiers as the rule writes them, for explanations.
    let field: String
    let kind: Kind

    enum Kind: Sendable {
        /// Any value of the slot passes any test (OR), or every test is passed by some value (`all`);
        /// `negated` (`neq`): no value passes any test.
        case values([CompiledValue], all: Bool, negated: Bool)
        case exists(Bool)
        /// `field: null`: the field is absent or JSON null.
        case null
    }

    func matches(_ fields: FieldValues, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch kind {
        case .exists(let expected):
            return fields.has(slot) == expected
        case .null:
            guard fields.has(slot) else { return true }
            for span in fields.values(slot) where span.kind == .null { return true }
            return false
        case .values(let values, let all, let negated):
            if all {
                for value in values where firstSpan(passing: value, fields, bytes) == nil { return false }
                return true
            }
            for value in values where firstSpan(passing: value, fields, bytes) != nil { return !negated }
            return negated
        }
    }

    /// The first value of the slot that passes `value`'s test.
    @inline(__always)
    func firstSpan(passing value: CompiledValue, _ fields: FieldValues, _ bytes: UnsafeBufferPointer<UInt8>) -> ValueSpan? {
        for span in fields.values(slot) where value.test.matches(span, in: bytes) { return span }
        return nil
    }
}
