import Foundation

/// Test inputs: the shared Okta samples (`../shared/okta/samples`) and small events built here.
enum Fixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func sharedBytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: shared.appendingPathComponent(path)))
    }

    /// A compact event with the fields the tests look at.
    static func event(uuid: String = "f1d0b993-cc19-11ed-a688-db22c99ef6c4", type: String = "user.session.start",
                      published: String = "2024-05-01T10:42:07.123Z", actor: String = "alice@example.com",
                      ip: String = "203.0.113.9", extra: String = "") -> String {
        """
        {"uuid":"\(uuid)","published":"\(published)","eventType":"\(type)","version":"0","severity":"INFO",\
        "displayMessage":"User login to Okta","actor":{"id":"00u1","type":"User","alternateId":"\(actor)","displayName":"Alice"},\
        "client":{"ipAddress":"\(ip)","geographicalContext":{"city":"Toronto","country":"Canada","geolocation":{"lat":43.6,"lon":-79.3}}},\
        "outcome":{"result":"SUCCESS","reason":null},\
        "target":[{"id":"t1","type":"AppInstance","alternateId":"Okta Admin Console","displayName":"Okta Admin Console"},\
        {"id":"t2","type":"User","alternateId":"bob@example.com","displayName":"Bob"}]\(extra)}
        """
    }
}
