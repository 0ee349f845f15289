import Foundation
import VigilEvent

/// Reads input files (or `-` for stdin) in chunks through an `EventReader`, reporting rejections as they come.
struct InputFiles {
    let paths: [String]
    let plan: FieldPlan
    /// Rejections printed in full; later ones are only counted.
    var shownRejections = 50

    struct Summary {
        var events = 0
        var rejected = 0
        var bytes = 0
    }

    /// Calls `onEvents` with batches of up to `batchSize` events, in input order.
    func read(batchSize: Int = 2_000, progress: (_ bytes: Int, _ total: Int?, _ events: Int) -> Void = { _, _, _ in },
              onEvents: ([OktaEvent]) async throws -> Void) async throws -> Summary {
        var summary = Summary()
        for path in paths {
            let handle: FileHandle
            var total: Int?
            if path == "-" {
                handle = FileHandle.standardInput
            } else {
                guard let h = FileHandle(forReadingAtPath: path) else {
                    throw InputError(message: "cannot open \(path): no such file or not readable")
                }
                handle = h
                total = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
            }
            let name = path == "-" ? "stdin" : path
            var reader = EventReader(plan: plan)
            var batch: [OktaEvent] = []
            var shown = 0
            while true {
                let chunk = try handle.read(upToCount: 4 << 20) ?? Data()
                let isFinal = chunk.isEmpty
                var ready: [[OktaEvent]] = []
                reader.feed(Array(chunk), isFinal: isFinal) { output in
                    switch output {
                    case .event(let e):
                        batch.append(e)
                        if batch.count == batchSize { ready.append(batch); batch = [] }
                    case .rejected(let r):
                        shown += 1
                        if shown <= shownRejections {
                            Console.error("rejected \(name) \(r.position): \(r.reason)")
                        } else if shown == shownRejections + 1 {
                            Console.error("(further rejections in \(name) are counted, not shown)")
                        }
                    }
                }
                for b in ready { try await onEvents(b) }
                progress(summary.bytes + reader.stats.bytes, total.map { summary.bytes + $0 }, summary.events + reader.stats.events)
                if isFinal { break }
            }
            if !batch.isEmpty { try await onEvents(batch) }
            summary.events += reader.stats.events
            summary.rejected += reader.stats.rejected
            summary.bytes += reader.stats.bytes
            if path != "-" { try? handle.close() }
        }
        return summary
    }
}

struct InputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
