import ArgumentParser
import Foundation
import VigilEvent
import VigilStore

/// `vigil import`: stores events from files or stdin, for backfill and offline hunting.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store Okta System Log events from files (or - for stdin).",
        discussion: """
            Accepts any input shape, detected record by record: one LogEvent, NDJSON, a JSON array (a System Log \
            API page or export), Event Hook delivery bodies, EventBridge envelopes and SQS messages. Events already \
            stored (same uuid) are counted and skipped, so importing a file twice stores nothing new. Malformed \
            records are reported on stderr with their line and byte offset; the rest of the input is still stored.

            \(ExitStatus.help)
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption
    @Option(help: "Name recorded as the events' source.") var source = "import"
    @Argument(help: "Files to read; - reads stdin.") var files: [String]

    func run() async throws {
        let store = try dataDirectory.openStore()
        var writer = PipelinedWriter(store: store, source: source)
        var meter = ProgressMeter("importing")
        let summary: InputFiles.Summary
        do {
            summary = try await InputFiles(paths: files, plan: .standard).read(
                batchSize: PipelinedWriter.batchSize,
                progress: { meter.update(bytes: $0, total: $1, events: $2) },
                onEvents: { try await writer.submit($0) })
            try await writer.drain()
        } catch let error as InputError {
            meter.finish()
            Console.error(error.message)
            throw ExitStatus.failure
        }
        meter.finish()
        let t = writer.totals
        Console.error("""
            read \(Console.number(summary.events + summary.rejected)) records from \(files.count) input(s) in \
            \(String(format: "%.1f", meter.elapsed)) s: \(Console.number(t.inserted)) new, \
            \(Console.number(t.duplicates)) already present, \(Console.number(summary.rejected)) rejected
            """)
        if summary.rejected > 0 { throw ExitStatus.rejectedInput }
    }
}
