/// A rule value with its test and how to say it in an explanation (`contains "admin"`). A class, for the same
/// reason as `FieldTest`.
final class CompiledValue: Sendable {
    let test: ValueTest
    /// The verb and value, e.g. `is "zone.delete"`, `starts with "adm"`, `matches /^0oa/`.
    let phrase: String

    init(test: ValueTest, phrase: String) {
        self.test = test
        self.phrase = phrase
    }
}
