/// When a user works, in their home time zone: sign-ins cluster in these hours, which is what makes an
/// off-hours login stand out.
public struct WorkSchedule: Sendable, Hashable {
    /// Hours from UTC of the user's time zone.
    public let utcOffset: Int
    /// Local start and end hour of the working day.
    public let startHour: Int
    public let endHour: Int
    /// Some people work weekends too.
    public let worksWeekends: Bool

    /// Whether `millis` (UTC epoch) falls in working time.
    public func isWorking(atMillis millis: Int64) -> Bool {
        let localMillis = millis + Int64(utcOffset) * 3_600_000
        let day = localMillis >= 0 ? localMillis / 86_400_000 : (localMillis - 86_399_999) / 86_400_000
        let hour = Int((localMillis - day * 86_400_000) / 3_600_000)
        // 1970-01-01 was a Thursday; (day + 3) % 7 gives Monday = 0.
        let weekday = Int(((day % 7) + 7 + 3) % 7)
        guard worksWeekends || weekday < 5 else { return false }
        return hour >= startHour && hour < endHour
    }
}
