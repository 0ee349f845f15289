import Foundation
import Testing
import VigilIngest
import VigilOkta
import VigilOktaTesting
import VigilStore

/// A scripted org whose inventory a test can change between syncs.
actor ScriptedInventory {
    var userStatus = "ACTIVE"
    var factors = ["push", "sms"]
    var groups = ["Everyone"]
    /// Answer the group listing with 403, as Okta does for a token that lost the permission.
    var groupsForbidden = false
    let recorder = RequestRecorder()

    func set(status: String) { userStatus = status }
    func set(factors: [String]) { self.factors = factors }
    func add(group: String) { groups.append(group) }
    func forbidGroups(_ forbidden: Bool) { groupsForbidden = forbidden }

    func answer(_ request: ScriptedRequest) async -> ScriptedResponse {
        await recorder.record(request)
        switch request.path {
        case "/api/v1/users":
            return .json(#"[{"id":"00u1","status":"\#(userStatus)","lastUpdated":"2026-11-20T10:00:00.000Z","profile":{"login":"ada@example.com"}}]"#)
        case "/api/v1/users/00u1/factors":
            return .json("[" + factors.map { #"{"id":"f-\#($0)","factorType":"\#($0)","provider":"OKTA","status":"ACTIVE"}"# }.joined(separator: ",") + "]")
        case "/api/v1/users/00u1/roles":
            return .json(#"[{"id":"ra1","type":"SUPER_ADMIN","label":"Super Administrator","status":"ACTIVE","assignmentType":"USER"}]"#)
        case "/api/v1/groups" where groupsForbidden:
            return .oktaError(403, code: "E0000006", summary: "You do not have permission to perform the requested action")
        case "/api/v1/groups":
            return .json("[" + groups.enumerated().map { #"{"id":"00g\#($0.offset)","type":"OKTA_GROUP","profile":{"name":"\#($0.element)"}}"# }.joined(separator: ",") + "]")
        case "/api/v1/apps", "/api/v1/devices", "/api/v1/api-tokens":
            return .json("[]")
        default:
            return .oktaError(404, code: "E0000007", summary: "Not found: \(request.path)")
        }
    }
}

@Suite struct PollInventoryTests {
    @Test func syncRecordsAdditionsChangesAndRemovals() async throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let org = ScriptedInventory()
        try await ScriptedOktaServer.with({ await org.answer($0) }) { base in
            let sync = InventorySync(integrationID: "org1", client: try pollClient(base), store: store, logger: quietLogger())
            let first = try await sync.sync()
            #expect(first.kinds["user"]?.added == 1 && first.kinds["factor"]?.added == 2 && first.kinds["role"]?.added == 1)
            #expect(first.kinds["group"]?.added == 1)

            await org.set(status: "SUSPENDED")
            await org.set(factors: ["push"])
            await org.add(group: "Admins")
            let second = try await sync.sync()
            #expect(second.kinds["user"]?.updated == 1)
            #expect(second.kinds["factor"]?.removed == 1 && second.kinds["factor"]?.unchanged == 1)
            #expect(second.kinds["group"]?.added == 1 && second.kinds["group"]?.unchanged == 1)
            #expect(second.kinds["role"]?.unchanged == 1)
        }
        let userQueries = await org.recorder.requests(to: "/api/v1/users").map { $0.queryItems["search"] }
        #expect(userQueries[0] == nil)
        #expect(userQueries[1]?.hasPrefix("lastUpdated gt \"") == true)

        let changes = try store.inventoryChanges(integration: "org1", item: "00u1")
        #expect(changes.map(\.change) == [.updated, .added])
        #expect(changes[0].fields == ["status"] && changes[0].oldStatus == "ACTIVE" && changes[0].newStatus == "SUSPENDED")
        let removed = try store.inventoryChanges(integration: "org1", kind: "factor").filter { $0.change == .removed }
        #expect(removed.map(\.item) == ["f-sms"])
        #expect(try store.inventory(integration: "org1", kind: "factor", parent: "00u1").map(\.label) == ["push"])
        #expect(try store.inventory(integration: "org1", kind: "factor", parent: "00u1", includeRemoved: true).count == 2)
        #expect(try store.inventory(integration: "org1", kind: "user").first?.status == "SUSPENDED")
    }
}
