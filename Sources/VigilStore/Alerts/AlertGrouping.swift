/// How long after an open alert's last evidence the same rule and entity still add to it rather than opening
/// another alert: the suppression window, by rule id, with a default for every other rule.
public struct AlertGrouping: Sendable, Equatable {
    /// Seconds.
    public var defaultWindow: Double
    /// Seconds, by rule id.
    public var windows: [String: Double]

    public init(defaultWindow: Double = 3600, windows: [String: Double] = [:]) {
        self.defaultWindow = defaultWindow
        self.windows = windows
    }

    public func window(rule: String) -> Double { windows[rule] ?? defaultWindow }
}
