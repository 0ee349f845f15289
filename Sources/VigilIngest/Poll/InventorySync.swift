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
/// factors and roles are listed in full. Groups, apps, devices and API tokens are listed in full each time. Every
/// call goes through the client's rate-limit budget, shared with the org's other callers (the poller).
public final class InventorySync: Service, Sendable {
    public let integrationID: String
    /// Time between syncs when run as a service.
    public let interval: Duration
    /// Wait before trying again after a failed sync (at most `interval`).
    public let retryDelay: Duration
    private let client: OktaClient
    private let store: EventStore
    private let logger: Logger
    private let metrics: InventoryMetrics

    public init(integrationID: String, client: OktaClient, store: EventStore, interval: Duration = .seconds(3600),
                retryDelay: Duration = .seconds(600), logger: Logger = Logger(label: "vigil.ingest.inventory")) {
        self.integrationID = integrationID
        self.client = client
        self.store = store
        self.interval = interval
        self.retryDelay = min(retryDelay, interval)
        var logger = logger
        logger[metadataKey: "integration"] = "\(integrationID)"
        self.logger = logger
        metrics = InventoryMetrics(integrationID: integrationID)
    }

    /// Syncs on schedule until cancelled or until graceful shutdown.
    public func run() async throws {
        await cancelWhenGracefulShutdown { await self.runScheduled() }
    }

    /// Syncs whenever one is due (see `delayUntilDue`) until cancelled. A failed sync is logged and recorded in
    /// the store's inventory status, then tried again after `retryDelay`; it never ends the loop.
    public func runScheduled() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: delayUntilDue()) } catch { return }
            let started = Timestamp.now()
            do {
                let report = try await sync()
                try store.recordInventorySuccess(integration: integrationID, started: started, changes: report.summary)
                metrics.succeeded(at: started)
                logger.info("inventory synced", metadata: ["changes": "\(report.summary)"])
            } catch where Task.isCancelled || error is CancellationError {
                return
            } catch {
                metrics.failed()
                logger.error("inventory sync failed; will retry", metadata: ["error": "\(error)", "retryIn": "\(retryDelay)"])
                do {
                    try store.recordInventoryFailure(integration: integrationID, started: started, error: String(describing: error))
                } catch {
                    logger.error("cannot record the inventory sync's failure", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    /// How long until the next sync: `interval` after the last success, `retryDelay` after a failure, at once on
    /// a first start. Read from the store, so a restarted service keeps the schedule.
    public func delayUntilDue(now: Timestamp = .now()) -> Duration {
        guard let status = try? store.inventoryStatus().first(where: { $0.integration == integrationID }) else { return .zero }
        let due: Timestamp
        if status.failures > 0 {
            due = status.lastAttempt.adding(seconds: retryDelay.seconds)
        } else if let success = status.lastSuccess {
            due = success.adding(seconds: interval.seconds)
        } else {
            return .zero
        }
        return .milliseconds(max(0, due.millis - now.millis))
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
        // Each user's factors and roles first: the users' sync time (the next incremental window's start) moves
        // only once all of them are stored, so a sync that fails half-way reads the same users again.
        for user in users {
            try await syncDetails(ofUser: user.id, into: &report, at: started)
        }
        report.kinds["user"] = try save(users.map(Self.item), kind: "user", complete: nil, at: started)
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
