import ArgumentParser
import VigilEvent
import VigilStore

/// `vigil prune`: enforces retention on a data directory now (the service does it on a schedule).
struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete events older than the retention period (default 90 days, Okta's own).",
        discussion: """
            Deletes in small transactions, so a running ingestion waits at most one short batch, and drops the \
            full-text partitions of whole expired days. Alerts are kept.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @Option(help: "Keep events published within this many days.") var days = 90

    func run() throws {
        guard days > 0 else { throw ValidationError("--days must be at least 1") }
        let store = try dataDirectory.openStore()
        let cutoff = Timestamp.now().adding(seconds: -Double(days) * 86_400)
        let result = try store.enforceRetention(before: cutoff)
        Console.error("deleted \(Console.number(result.deletedEvents)) events published before \(cutoff.iso8601) "
                      + "and \(result.droppedPartitions) full-text day partition(s)")
    }
}
