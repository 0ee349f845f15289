import Foundation
import Logging
import ServiceLifecycle
import VigilEvent
import VigilOkta
import VigilStore

/// Keeps a copy of an org's inventory in the store (users, their factors and admin roles, groups, apps, devices,
/// API tokens) and records every change with its time, so detections and investigations can ask "what did this
/// user look like then" and "what changed".
///
/// Users sync incrementally (`lastUpdated gt` the last sync, minus a minute of overlap); each changed user's
/// factors and roles are listed in full. Groups, apps, devices and API tokens are listed in full each time.
public final class InventorySync: Service, Sendable {
    public let integrationID: String
    /// Time between syncs when run as a service.
    public let interval: Duration
    private let client: OktaClient
    private let store: EventStore
    private let logger: Logger

    public init(integrationID: String, client: OktaClient, store: EventStore, interval: Duration = .seconds(3600),
                logger: Logger = Logger(label: "vigil.ingest.inventory")) {
        self.integrationID = integrationID
        self.client = client
        self.store = store
        self.interval = interval
        var logger = logger
        logger[metadataKey: "integration"] = "\(integrationID)"
        self.logger = logger
    }

    /// Syncs every `interval` until cancelled; a failed sync is logged and retried at the next interval.
    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let report = try await self.sync()
                    self.logger.info("inventory synced", metadata: ["changes": "\(report.summary)"])
                } catch where !Task.isCancelled && !(error is CancellationError) {
                    self.logger.error("inventory sync failed", metadata: ["error": "\(error)"])
                } catch {
                    return
                }
                do { try await Task.sleep(for: self.interval) } catch { return }
            }
        }
    }

    /// One sync of every kind; returns what changed per kind.
    @discardableResult
    public func sync() async throws -> InventorySyncReport {
        var report = InventorySyncReport()
        let started = Timestamp.now()
        let lastUsers = try store.inventorySyncTime(integration: integrationID, kind: "user")
        let users: [OktaUser]
        if let lastUsers {
            users = try await client.usersUpdated(since: lastUsers.adding(seconds: -60).date)
        } else {
            users = try await client.users()
        }
        report.kinds["user"] = try save(users.map(Self.item), kind: "user", complete: nil, at: started)
        for user in users {
            try await syncDetails(ofUser: user.id, into: &report, at: started)
        }
        report.kinds["group"] = try save(try await client.groups().map(Self.item), kind: "group", complete: [""], at: started)
        report.kinds["app"] = try save(try await client.apps().map(Self.item), kind: "app", complete: [""], at: started)
        report.kinds["device"] = try save(try await client.devices().map(Self.item), kind: "device", complete: [""], at: started)
        report.kinds["apiToken"] = try save(try await client.apiTokens().map(Self.item), kind: "apiToken", complete: [""], at: started)
        return report
    }

    /// Re-reads one user with their factors and roles, for example after an event says they changed.
    @discardableResult
    public func syncUser(_ userID: String) async throws -> InventorySyncReport {
        var report = InventorySyncReport()
        let now = Timestamp.now()
        let user = try await client.user(userID)
        report.kinds["user"] = try save([Self.item(user)], kind: "user", complete: nil, at: now)
        try await syncDetails(ofUser: user.id, into: &report, at: now)
        return report
    }

    private func syncDetails(ofUser userID: String, into report: inout InventorySyncReport, at time: Timestamp) async throws {
        let factors = try await client.factors(ofUser: userID).map { Self.item($0, user: userID) }
        report.kinds["factor", default: InventoryDiff()].add(try save(factors, kind: "factor", complete: [userID], at: time))
        let roles = try await client.roles(ofUser: userID).map { Self.item($0, user: userID) }
        report.kinds["role", default: InventoryDiff()].add(try save(roles, kind: "role", complete: [userID], at: time))
    }

    private func save(_ items: [InventoryItem], kind: String, complete: [String]?, at time: Timestamp) throws -> InventoryDiff {
        try store.syncInventory(items, integration: integrationID, kind: kind, complete: complete, at: time)
    }
}

/// Per kind, what one sync added, updated and removed.
public struct InventorySyncReport: Sendable, Equatable {
    public var kinds: [String: InventoryDiff] = [:]

    public var summary: String {
        kinds.keys.sorted().map { kind in
            let d = kinds[kind]!
            return "\(kind) +\(d.added) ~\(d.updated) -\(d.removed)"
        }.joined(separator: ", ")
    }
}

extension InventoryDiff {
    mutating func add(_ other: InventoryDiff) {
        added += other.added
        updated += other.updated
        removed += other.removed
        unchanged += other.unchanged
    }
}
