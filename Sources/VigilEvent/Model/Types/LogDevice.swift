/// The device enrolled with Okta Verify (FastPass) that took part in the event. Its keys are snake_case in
/// Okta's JSON.
public struct LogDevice: LogObject {
    public var id: String?
    public var name: String?
    public var osPlatform: String?
    public var osVersion: String?
    /// Whether the device is managed (device management, registered with Okta).
    public var managed: Bool?
    /// Whether the device is registered with the org and bound to an Okta Verify instance.
    public var registered: Bool?
    /// The integration platform used with the device, free-form.
    public var deviceIntegrator: JSONObject?
    public var diskEncryptionType: LogDiskEncryptionType?
    public var screenLockType: LogScreenLockType?
    /// Whether the device's software restrictions were removed.
    public var jailbreak: Bool?
    public var secureHardwarePresent: Bool?
    public var additionalFields = JSONObject()
    public var sourceLayout = SourceLayout()

    public init() {}

    public static let fields: [LogField<Self>] = [
        LogField("id", \.id, .string),
        LogField("name", \.name, .string),
        LogField("os_platform", \.osPlatform, .string),
        LogField("os_version", \.osVersion, .string),
        LogField("managed", \.managed, .bool),
        LogField("registered", \.registered, .bool),
        LogField("device_integrator", \.deviceIntegrator, .object),
        LogField("disk_encryption_type", \.diskEncryptionType, .enumeration),
        LogField("screen_lock_type", \.screenLockType, .enumeration),
        LogField("jailbreak", \.jailbreak, .bool),
        LogField("secure_hardware_present", \.secureHardwarePresent, .bool),
    ]
}
