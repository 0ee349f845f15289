/// A compiled search identifier.
indirect enum CompiledSelection: Sendable {
    /// A map: every item passes.
    case all([FieldTest])
    /// A list of maps: any passes.
    case any([CompiledSelection])
    /// Keywords, searched in the event's JSON text.
    case keywords([CompiledValue], all: Bool)
}
