import Foundation
import Testing
import VigilEvent
@testable import VigilSimulator

@Suite struct OrgModelTests {
    @Test func theOrgIsFixedByItsSeed() {
        let a = SimulatedOrg(seed: 21, users: 300), b = SimulatedOrg(seed: 21, users: 300), c = SimulatedOrg(seed: 22, users: 300)
        #expect(a.users.map(\.id) == b.users.map(\.id) && a.users.map(\.login) == b.users.map(\.login))
        #expect(a.users.flatMap { $0.devices.map(\.dtHash) } == b.users.flatMap { $0.devices.map(\.dtHash) })
        #expect(a.apps.map(\.id) == b.apps.map(\.id) && a.subdomain == b.subdomain)
        #expect(Set(a.users.map(\.id)).isDisjoint(with: c.users.map(\.id)))
    }

    @Test func idsLookLikeOktas() {
        let org = SimulatedOrg(seed: 3, users: 200)
        func check(_ ids: [String], _ prefix: String) {
            for id in ids {
                #expect(id.count == 20 && id.hasPrefix(prefix) && id.hasSuffix(org.cell), "\(id)")
                #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            }
        }
        check(org.users.map(\.id), "00u")
        check(org.apps.map(\.id), "0oa")
        check(org.groups.map(\.id), "00g")
        check(org.users.flatMap { $0.devices.map(\.id) }, "guo")
        check(org.apiTokens.map(\.id), "00T")
        check(org.zones.map(\.id), "nzo")
        let all = org.users.map(\.id) + org.apps.map(\.id) + org.groups.map(\.id) + org.users.flatMap { $0.devices.map(\.id) }
        #expect(Set(all).count == all.count, "ids are unique")
        #expect(Set(org.users.map(\.login)).count == org.users.count, "logins are unique")
    }

    @Test func usersHaveBaselinesAndTheOrgHasEverythingAttacksTouch() {
        let org = SimulatedOrg(seed: 8, users: 500)
        #expect(Set(org.users.map(\.status)).isSuperset(of: [.active, .suspended, .deprovisioned, .lockedOut, .staged, .passwordExpired]))
        #expect(Double(org.users.filter { $0.status == .active }.count) / 500 > 0.8)
        for user in org.users {
            #expect((1...3).contains(user.devices.count))
            #expect(user.homeNetwork.countryCode == user.home.countryCode, "home ISP serves the home country")
            #expect(user.homeNetwork.kind == .residential || user.homeNetwork.kind == .mobile)
            #expect(!user.factors.isEmpty)
            #expect(user.schedule.utcOffset == user.home.utcOffset && user.schedule.endHour > user.schedule.startHour)
            #expect(Set(user.devices.map(\.dtHash)).count == user.devices.count && user.devices.allSatisfy { $0.dtHash.count == 64 })
        }
        let roles = Set(org.roles.map(\.role))
        #expect(roles.isSuperset(of: [.superAdmin, .orgAdmin, .readOnlyAdmin]))
        #expect(org.roles.allSatisfy { org.users[$0.user].status == .active })
        #expect(Set(org.users.flatMap { $0.factors.map(\.type) }).isSuperset(of: [.push, .totp, .sms, .webauthn, .signedNonce]))
        #expect(Set(org.users.flatMap { $0.devices.map(\.userAgent.platform) }).isSuperset(of: ["MACOS", "WINDOWS", "IOS", "ANDROID"]))
        for label in ["Okta Admin Console", "Okta Dashboard", "Salesforce.com", "Slack", "Google Workspace", "AWS IAM Identity Center"] {
            #expect(org.app(labelled: label) != nil, "\(label)")
        }
        #expect(Set(org.integrations.map(\.category)) == [.identityProvider, .eventHook, .logStream])
        #expect(org.policies.contains { $0.kind == .signOn } && !org.zones.isEmpty && !org.apiTokens.isEmpty)
    }

    @Test func workSchedulesFollowTheLocalClock() {
        let berlin = WorkSchedule(utcOffset: 1, startHour: 9, endHour: 17, worksWeekends: false)
        let monday = Timestamp(iso8601: "2026-11-02T00:00:00Z")!.millis
        #expect(berlin.isWorking(atMillis: monday + 9 * 3_600_000), "10:00 in Berlin")
        #expect(!berlin.isWorking(atMillis: monday + 17 * 3_600_000), "18:00 in Berlin")
        #expect(!berlin.isWorking(atMillis: monday - 2 * 86_400_000 + 10 * 3_600_000), "Saturday")
    }
}
