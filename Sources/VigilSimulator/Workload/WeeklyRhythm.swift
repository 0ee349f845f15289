/// How busy the org is in each hour of the week, relative to its average: the share of people in their working
/// hours, so traffic swells when offices open in each time zone and ebbs at night and at weekends.
struct WeeklyRhythm {
    /// 168 hourly factors (Monday 00:00 UTC first) with mean 1.
    private let load: [Double]

    init(schedules: [WorkSchedule]) {
        let monday = Int64(4 * 86_400_000)  // 1970-01-05, the first Monday of the epoch
        var raw = (0..<168).map { hour -> Double in
            let t = monday + Int64(hour) * 3_600_000 + 1_800_000
            let working = schedules.reduce(0) { $0 + ($1.isWorking(atMillis: t) ? 1 : 0) }
            return Double(working) / Double(max(1, schedules.count))
        }
        // Some traffic never stops (integrations, night owls, on-call staff).
        let peak = raw.max() ?? 1
        raw = raw.map { max($0, 0.08 * peak) }
        let mean = raw.reduce(0, +) / 168
        load = raw.map { mean > 0 ? $0 / mean : 1 }
    }

    /// The factor for the hour containing `millis`.
    func factor(atMillis millis: Int64) -> Double {
        let hours = (millis - 4 * 86_400_000) / 3_600_000
        return load[Int(((hours % 168) + 168) % 168)]
    }
}
