extension LogEvent {
    /// The targets of one type, in order. Okta does not keep target positions stable across events of a type,
    /// so this, not an index, is how to find "the user" or "the app" an event acted on.
    public func targets(ofType type: String) -> [LogTarget] {
        (target ?? []).filter { $0.type == type }
    }
}
