import Foundation
import VigilEvent
@testable import VigilStore

/// Builds stores in temporary directories and events with the fields store tests look at.
enum StoreFixtures {
    static func temporaryStore(sampleCount: Int = 50) throws -> EventStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-store-test-\(UUID().uuidString)")
        var config = StoreConfiguration()
        config.dictionarySampleCount = sampleCount
        config.synchronous = .normal
        return try EventStore(directory: dir, configuration: config)
    }

    static let base = Timestamp(iso8601: "2026-11-01T09:00:00.000Z")!

    /// Event `n`: published `n` minutes after `base`, by user `n % users`, from an IP per user.
    static func event(_ n: Int, users: Int = 5, type: String = "user.session.start", outcome: String = "SUCCESS",
                      published: Timestamp? = nil, message: String = "User login to Okta") -> OktaEvent {
        let user = n % users
        let uuid = String(format: "%08x-0000-4000-8000-%012x", n, n)
        let time = published ?? base.adding(seconds: Double(n) * 60)
        let json = """
            {"uuid":"\(uuid)","published":"\(time.iso8601)","eventType":"\(type)","version":"0","severity":"INFO",\
            "displayMessage":"\(message)","actor":{"id":"00u\(user)","type":"User","alternateId":"user\(user)@example.com","displayName":"Zoë \(user)"},\
            "client":{"ipAddress":"198.51.100.\(user)","geographicalContext":{"city":"Montréal","country":"Canada"}},\
            "authenticationContext":{"externalSessionId":"idx\(n / 10)"},\
            "outcome":{"result":"\(outcome)"},"target":[{"id":"0oa1","type":"AppInstance","alternateId":"Salesforce","displayName":"Salesforce.com"}]}
            """
        return try! OktaEvent(raw: Array(json.utf8))
    }
}
