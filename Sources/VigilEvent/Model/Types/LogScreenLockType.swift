/// How a device's screen is locked. Open: other values decode as themselves.
public struct LogScreenLockType: OktaEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let biometric: Self = "BIOMETRIC"
    public static let none: Self = "NONE"
    public static let passcode: Self = "PASSCODE"
}
