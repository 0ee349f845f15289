import Testing
@testable import VigilStore

@Suite struct AbsentValueTests {
    /// Okta's ways of writing "no value" are neither indexed nor searched; values that merely contain or resemble
    /// those words are.
    @Test func oktasAbsentValuesAreRecognisedAndNothingElse() {
        for absent in ["", "null", "unknown"] {
            #expect(!meaningful(absent.utf8), "\(absent)")
            #expect(meaningful(absent) == nil)
        }
        for present in ["nul", "nulls", "Null", "unknowN", "unknown1", "10.0.0.1", "known"] {
            #expect(meaningful(present.utf8), "\(present)")
            #expect(meaningful(present) == present)
        }
    }
}
