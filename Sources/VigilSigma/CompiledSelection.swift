import VigilEvent

/// A compiled search identifier.
indirect enum CompiledSelection: Sendable {
    /// A map: every item passes.
    case all([FieldTest])
    /// A list of maps: any passes.
    case any([CompiledSelection])
    /// Keywords, searched in the event's JSON text.
    case keywords([CompiledValue], all: Bool)

    func matches(_ fields: FieldValues, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .all(let tests):
            for i in tests.indices where !tests[i].matches(fields, bytes) { return false }
            return true
        case .any(let selections):
            for i in selections.indices where selections[i].matches(fields, bytes) { return true }
            return false
        case .keywords(let values, let all):
            // The JSON text as it is (escapes included): keywords are a full-text search.
            if all {
                for value in values where !value.test.matches(bytes, escaped: false) { return false }
                return true
            }
            for value in values where value.test.matches(bytes, escaped: false) { return true }
            return false
        }
    }
}
