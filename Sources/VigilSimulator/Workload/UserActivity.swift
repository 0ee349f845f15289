/// What the workload remembers about one user between episodes, so that behaviour stays consistent: an open
/// session is reused for SSO, a trip keeps the user abroad for days, and travel only starts after a quiet spell.
struct UserActivity {
    var session: SignInContext?
    var sessionDevice = 0
    var sessionUntil: Int64 = .min
    /// Where the user is while travelling, and until when.
    var trip: Place?
    var tripUntil: Int64 = .min
    var lastSeen: Int64 = .min
}
