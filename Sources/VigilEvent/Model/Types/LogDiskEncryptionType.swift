/// How a device's disk is encrypted. Okta's schema spells one value `ALL_INTERNAL_VALUES` while events say `ALL_INTERNAL_VOLUMES`; both are listed. Open: other values decode as themselves.
public struct LogDiskEncryptionType: OktaEnumeration {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let allInternalValues: Self = "ALL_INTERNAL_VALUES"
    public static let allInternalVolumes: Self = "ALL_INTERNAL_VOLUMES"
    public static let full: Self = "FULL"
    public static let none: Self = "NONE"
    public static let systemVolume: Self = "SYSTEM_VOLUME"
    public static let user: Self = "USER"
}
