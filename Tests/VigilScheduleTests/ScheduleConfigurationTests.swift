import Testing
import VigilSchedule

/// The `schedule:` section: documented defaults, durations, and errors that name the key.
@Suite struct ScheduleConfigurationTests {
    @Test func defaultsAreHourlyOverTwoHoursAndDailyWithOktasRetention() throws {
        let defaults = try ScheduleConfiguration(yaml: "listen: 127.0.0.1:8080\n")
        #expect(defaults == ScheduleConfiguration())
        #expect(defaults.hourly.interval.seconds == 3600 && defaults.hourly.lookback.seconds == 7200)
        #expect(defaults.daily.interval.seconds == 86_400 && defaults.daily.retentionDays == 90)
    }

    @Test func valuesAreRead() throws {
        let c = try ScheduleConfiguration(yaml: "schedule:\n  hourly:\n    interval: 30m\n    lookback: 90m\n  daily:\n    retention_days: 30\n")
        #expect(c.hourly.interval.seconds == 1800 && c.hourly.lookback.seconds == 5400)
        #expect(c.daily.retentionDays == 30 && c.daily.interval.seconds == 86_400)
    }

    @Test(arguments: [
        ("schedule:\n  hourly:\n    interval: 10s\n", "schedule.hourly.interval: must be between 1m and 24h"),
        ("schedule:\n  hourly:\n    interval: 3h\n", "schedule.hourly.lookback: must be at least the interval"),
        ("schedule:\n  hourly:\n    interval: soon\n", "schedule.hourly.interval: expected a duration"),
        ("schedule:\n  daily:\n    retention_days: 0\n", "schedule.daily.retention_days: must be at least 1 day"),
        ("schedule:\n  daily:\n    interval: 10m\n", "schedule.daily.interval: must be between 1h and 7d"),
        ("schedule:\n  hourly:\n    intervall: 10m\n", "schedule.hourly.intervall: unknown key (known: interval, lookback)"),
        ("schedule:\n  weekly: {}\n", "schedule.weekly: unknown key"),
    ])
    func badValuesAreRejectedWithTheirKey(yaml: String, message: String) {
        #expect { try ScheduleConfiguration(yaml: yaml) } throws: { "\($0)".hasPrefix(message) }
    }
}
