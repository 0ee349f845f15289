import VigilEvent
import XCTest

/// Decodes the shared Okta samples into `LogEvent` and checks what came out.
final class LogEventSampleTests: XCTestCase {
    func testHookEvent() throws {
        let event = try LogEvent(from: ModelSamples.hookEvent())
        XCTAssertEqual(event.uuid, "f1d0b993-cc19-11ed-a688-db22c99ef6c4")
        XCTAssertEqual(event.publishedTimestamp, Timestamp(iso8601: "2023-03-26T21:05:32.159Z"))
        XCTAssertEqual(event.eventType, "user.session.start")
        XCTAssertEqual(event.severity, .info)
        XCTAssertEqual(event.version, "0")
        XCTAssertEqual(event.actor?.alternateId, "admin@okta.com")
        XCTAssertNil(event.actor?.detailEntry)
        XCTAssertEqual(event.client?.zone, "null")
        XCTAssertNil(event.client?.zoneName)
        XCTAssertNil(event.client?.id)
        XCTAssertEqual(event.client?.userAgent?.browser, "CHROME")
        XCTAssertEqual(event.client?.geographicalContext?.postalCode, "M4M")
        XCTAssertEqual(event.client?.geographicalContext?.geolocation?.lon, -79.34)
        // Hook deliveries carry the IP chain under client, outside Okta's schema.
        XCTAssertEqual(event.client?.ipChain?.first?.ip, "142.126.158.61")
        XCTAssertEqual(event.client?.ipChain?.first?.version, "V4")
        XCTAssertNil(event.device)
        XCTAssertEqual(event.outcome?.result, "SUCCESS")
        XCTAssertEqual(event.target?.map(\.type), ["AuthenticatorEnrollment", "AppInstance"])
        XCTAssertEqual(event.targets(ofType: "AppInstance").map(\.id), ["0oaz9fj21WKqTeaqs1d6"])
        XCTAssertEqual(event.targets(ofType: "User").count, 0)
        XCTAssertEqual(event.transaction?.detail, [:])
        XCTAssertEqual(event.debugContext?.debugData?["threatSuspected"], .string("false"))
        XCTAssertEqual(event.authenticationContext?.authenticationStep, 0)
        XCTAssertEqual(event.authenticationContext?.externalSessionId, "idxyNcxVX2ESsSL0u462548Qg")
        XCTAssertNil(event.securityContext?.isProxy)
        XCTAssertEqual(event.additionalFields, ["insertionTimestamp": .null])
    }

    func testEventBridgeDetail() throws {
        let event = try LogEvent(from: ModelSamples.eventBridgeEvent())
        XCTAssertEqual(event.eventType, "user.session.access_admin_app")
        XCTAssertEqual(event.securityContext?.asNumber, 6167)
        XCTAssertEqual(event.securityContext?.isProxy, false)
        XCTAssertEqual(event.securityContext?.domain, "myvzw.com")
        XCTAssertEqual(event.client?.geographicalContext?.postalCode, "19513")
        XCTAssertEqual(event.request?.ipChain?.map(\.ip), ["127.0.0.1"])
        XCTAssertEqual(event.request?.ipChain?.first?.geographicalContext?.city, "Fictionville")
        XCTAssertEqual(event.debugContext?.debugData?["dtHash"]?.stringValue,
                       "e463841eed07369aeb7ace43a41fcef75ccefa573ced0420039c16b0e3d7cc99")
        XCTAssertEqual(event.target?.first?.type, "AppUser")
        XCTAssertTrue(event.additionalFields.isEmpty)
    }

    func testOpenAPIListLogsWithQuirkyTypes() throws {
        let event = try LogEvent(from: ModelSamples.listLogsEvent())
        // `version` is a number and `postalCode` a number here; both decode as text.
        XCTAssertEqual(event.version, "0")
        XCTAssertEqual(event.client?.geographicalContext?.postalCode, "10013")
        XCTAssertNil(event.client?.zone)
        XCTAssertEqual(event.authenticationContext?.rootSessionId, "idxBager62CSveUkTxvgRtonA")
        XCTAssertNil(event.transaction?.detail)
        let device = try XCTUnwrap(event.device)
        XCTAssertEqual(device.id, "guofdhyjex1feOgbN1d9")
        XCTAssertEqual(device.osPlatform, "OSX")
        XCTAssertEqual(device.osVersion, "14.6.0")
        XCTAssertEqual(device.managed, false)
        XCTAssertEqual(device.registered, true)
        XCTAssertEqual(device.diskEncryptionType, .allInternalVolumes)
        XCTAssertEqual(device.screenLockType, .biometric)
        XCTAssertNil(device.jailbreak)
        XCTAssertEqual(device.secureHardwarePresent, true)
        XCTAssertTrue(device.additionalFields.isEmpty)
    }

    func testExtendedSecurityContext() throws {
        let security = try XCTUnwrap(LogEvent(from: ModelSamples.extendedSecurityContextEvent()).securityContext)
        XCTAssertEqual(security.asNumber, 394089)
        XCTAssertEqual(security.risk?.level, "HIGH")
        XCTAssertEqual(security.risk?.reasons, ["Anomalous Device"])
        XCTAssertEqual(security.risk?.detectionName, "Suspected Session Hijacking")
        XCTAssertEqual(security.ipDetails?.asOrg, "ASN 0000")
        XCTAssertEqual(security.userBehaviors?.map(\.name), ["New Device", "New Geo-Location"])
        XCTAssertEqual(security.userBehaviors?.map(\.result), ["NEGATIVE", "POSITIVE"])
        XCTAssertEqual(security.userBehaviors?.first?.id, "bhv3pcdHYo3rVDL0w0g4")
        XCTAssertEqual(security.botProtection?.level, "LOW")
        XCTAssertTrue(security.additionalFields.isEmpty)
    }

    func testChangeDetails() throws {
        let event = try LogEvent(from: ModelSamples.changeDetailsEvent())
        let change = try XCTUnwrap(event.target?.first?.changeDetails)
        XCTAssertEqual(change.from?["vpnLocationOptions"], .string("DISABLED"))
        XCTAssertEqual(change.to?["vpnSettingsZones"]?["include"], .array([.string("ALL_ZONES")]))
        XCTAssertEqual(change.to?["vpnSettingsZones"]?["exclude"], .null)
        XCTAssertEqual(change.to?.keys, ["message", "vpnLocationOptions", "vpnSettingsZones"])
        XCTAssertNil(event.target?.last?.changeDetails)
    }

    func testEveryDecodedEventMatchesTheScannersRequiredFields() throws {
        for (name, oktaEvent) in try ModelSamples.all() {
            let event = try LogEvent(from: oktaEvent)
            XCTAssertEqual(event.uuid, oktaEvent.uuid, name)
            XCTAssertEqual(event.eventType, oktaEvent.eventType, name)
            XCTAssertEqual(event.publishedTimestamp, oktaEvent.published, name)
        }
    }
}
