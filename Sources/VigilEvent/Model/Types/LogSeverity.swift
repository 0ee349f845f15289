/// How severe an event is. Open: other values decode as themselves.
public struct LogSeverity: OktaEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let debug: Self = "DEBUG"
    public static let info: Self = "INFO"
    public static let warn: Self = "WARN"
    public static let error: Self = "ERROR"
}
