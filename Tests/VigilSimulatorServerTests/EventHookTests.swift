import Foundation
import Testing
@testable import VigilSimulatorServer

@Suite("Event Hooks API and delivery over HTTP")
struct EventHookTests {
    private func definition(_ uri: String, types: [String] = ["user.lifecycle.suspend", "user.lifecycle.unsuspend"]) -> String {
        let items = types.map { "\"\($0)\"" }.joined(separator: ",")
        return """
            {"name":"vigil","events":{"type":"EVENT_TYPE","items":[\(items)]},
             "channel":{"type":"HTTP","version":"1.0.0","config":{"uri":"\(uri)",
               "headers":[{"key":"X-Extra","value":"x1"}],
               "authScheme":{"type":"HEADER","key":"Authorization","value":"hook-secret"}}}}
            """
    }

    private func withReceiver(hookTimeout: Double = 3, _ body: (LiveServer, HookReceiver) async throws -> Void) async throws {
        let receiver = HookReceiver()
        try await receiver.start()
        do {
            try await LiveServer.with(configure: {
                $0.hookTimeout = hookTimeout
                $0.hookBatchWindow = 0.2
            }) { try await body($0, receiver) }
        } catch {
            await receiver.stop()
            throw error
        }
        await receiver.stop()
    }

    /// Creates and verifies a hook on the receiver; returns its id.
    private func verifiedHook(_ live: LiveServer, _ receiver: HookReceiver) async throws -> String {
        let created = try await live.request(.POST, "/api/v1/eventHooks", json: definition(receiver.url))
        #expect(created.status == 200)
        #expect(created.object["verificationStatus"] as? String == "UNVERIFIED")
        let auth = ((created.object["channel"] as? [String: Any])?["config"] as? [String: Any])?["authScheme"] as? [String: Any]
        #expect(auth?["value"] == nil, "the secret is write-only")
        let id = try #require(created.object["id"] as? String)
        let before = receiver.verifications
        let verified = try await live.request(.POST, "/api/v1/eventHooks/\(id)/lifecycle/verify")
        #expect(verified.status == 200)
        #expect(verified.object["verificationStatus"] as? String == "VERIFIED")
        #expect(receiver.verifications == before + 1)
        return id
    }

    private func activeUser(_ live: LiveServer) async throws -> String {
        let reply = try await live.request("/api/v1/users?filter=\(escape("status eq \"ACTIVE\""))&limit=2")
        return try #require(reply.array.last?["id"] as? String)
    }

    @Test("a verified hook receives matching events in Okta's body with its headers; others are not sent")
    func delivery() async throws {
        try await withReceiver { live, receiver in
            _ = try await verifiedHook(live, receiver)
            let user = try await activeUser(live)
            _ = try await live.request(.POST, "/api/v1/users/\(user)/lifecycle/suspend")
            _ = try await live.request(.POST, "/api/v1/users/\(user)/lifecycle/unsuspend")
            _ = try await live.request(.POST, "/api/v1/users/\(user)/lifecycle/expire_password")
            #expect(try await eventually { receiver.deliveries.flatMap(deliveredTypes).count >= 2 })
            try await Task.sleep(for: .milliseconds(500))
            let delivery = try #require(receiver.deliveries.first)
            #expect(delivery.headers["authorization"] == "hook-secret")
            #expect(delivery.headers["x-extra"] == "x1")
            let body = try #require(try JSONSerialization.jsonObject(with: delivery.body) as? [String: Any])
            #expect(body["eventType"] as? String == "com.okta.event_hook")
            #expect(body["eventTypeVersion"] as? String == "1.0")
            #expect((body["source"] as? String)?.hasSuffix("/api/v1/eventHooks/" + ((body["source"] as? String)?.split(separator: "/").last.map(String.init) ?? "")) == true)
            #expect(receiver.deliveries.flatMap(deliveredTypes).sorted() == ["user.lifecycle.suspend", "user.lifecycle.unsuspend"])
        }
    }

    @Test("a 5xx is retried once; a 4xx is not retried and the failure is logged as event_hook.delivery")
    func retries() async throws {
        try await withReceiver { live, receiver in
            _ = try await verifiedHook(live, receiver)
            let user = try await activeUser(live)
            receiver.script([503])
            _ = try await live.request(.POST, "/api/v1/users/\(user)/lifecycle/suspend")
            #expect(try await eventually { receiver.deliveries.count == 2 })
            #expect(receiver.deliveries.map(deliveredTypes) == [["user.lifecycle.suspend"], ["user.lifecycle.suspend"]])

            receiver.script([400])
            _ = try await live.request(.POST, "/api/v1/users/\(user)/lifecycle/unsuspend")
            let failureFilter = escape("eventType eq \"event_hook.delivery\"")
            #expect(try await eventually { !(try await live.request("/api/v1/logs?filter=\(failureFilter)").array.isEmpty) })
            #expect(receiver.deliveries.count == 3, "no retry after a 4xx")
            let failure = try #require(try await live.request("/api/v1/logs?filter=\(failureFilter)").array.first)
            #expect((failure["outcome"] as? [String: Any])?["result"] as? String == "FAILURE")
        }
    }

    @Test("only event-hook-eligible types, https or loopback endpoints; unverifiable endpoints fail verification")
    func validation() async throws {
        try await withReceiver(hookTimeout: 1) { live, receiver in
            let ineligible = try await live.request(.POST, "/api/v1/eventHooks", json: definition(receiver.url, types: ["policy.evaluate_sign_on"]))
            #expect(ineligible.status == 400)
            #expect(ineligible.errorCode == "E0000001")
            #expect((ineligible.object["errorCauses"] as? [[String: Any]])?.first?["errorSummary"] as? String == "events.items: policy.evaluate_sign_on is not eligible for event hooks")
            #expect(try await live.request(.POST, "/api/v1/eventHooks", json: definition("http://example.com/hook")).status == 400)
            let created = try await live.request(.POST, "/api/v1/eventHooks", json: definition("http://127.0.0.1:9/hook"))
            let id = try #require(created.object["id"] as? String)
            let verify = try await live.request(.POST, "/api/v1/eventHooks/\(id)/lifecycle/verify")
            #expect(verify.status == 400)
            #expect(try await live.request("/api/v1/eventHooks/\(id)").object["verificationStatus"] as? String == "UNVERIFIED")
        }
    }

    @Test("list, get, update, deactivate, delete; at most 25 active verified hooks")
    func management() async throws {
        try await withReceiver { live, receiver in
            var ids: [String] = []
            for _ in 0..<25 { ids.append(try await verifiedHook(live, receiver)) }
            let extra = try await live.request(.POST, "/api/v1/eventHooks", json: definition(receiver.url))
            let extraId = try #require(extra.object["id"] as? String)
            let refused = try await live.request(.POST, "/api/v1/eventHooks/\(extraId)/lifecycle/verify")
            #expect(refused.status == 400)
            #expect(refused.errorCode == "E0000001")
            #expect(try await live.request("/api/v1/eventHooks").array.count == 26)
            #expect(try await live.request(.DELETE, "/api/v1/eventHooks/\(ids[0])").status == 400, "active hooks are not deleted")
            #expect(try await live.request(.POST, "/api/v1/eventHooks/\(ids[0])/lifecycle/deactivate").object["status"] as? String == "INACTIVE")
            #expect(try await live.request(.DELETE, "/api/v1/eventHooks/\(ids[0])").status == 204)
            #expect(try await live.request("/api/v1/eventHooks/\(ids[0])").status == 404)
            #expect(try await live.request(.POST, "/api/v1/eventHooks/\(extraId)/lifecycle/verify").status == 200)
            let renamed = definition(receiver.url).replacingOccurrences(of: "\"vigil\"", with: "\"renamed\"")
            let updated = try await live.request(.PUT, "/api/v1/eventHooks/\(extraId)", json: renamed)
            #expect(updated.object["name"] as? String == "renamed")
            #expect(updated.object["verificationStatus"] as? String == "VERIFIED")
        }
    }
}

/// The event types inside a delivery body.
func deliveredTypes(_ delivery: HookReceiver.Delivery) -> [String] {
    let body = try? JSONSerialization.jsonObject(with: delivery.body) as? [String: Any]
    let events = (body?["data"] as? [String: Any])?["events"] as? [[String: Any]] ?? []
    return events.compactMap { $0["eventType"] as? String }
}
