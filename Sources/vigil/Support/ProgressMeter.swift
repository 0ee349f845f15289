import Foundation
import VigilEvent

/// Prints progress of long work to stderr: rewritten in place about once a second on a terminal, as a plain
/// line every ten seconds otherwise (logs), and never for work that ends within the first interval.
struct ProgressMeter {
    let label: String
    private let start = ContinuousClock.now
    private var lastPrint = ContinuousClock.now
    private var printed = false

    init(_ label: String) { self.label = label }

    var elapsed: Double { (ContinuousClock.now - start).seconds }

    mutating func update(bytes: Int, total: Int?, events: Int) {
        let interval: Duration = Console.stderrIsTerminal ? .seconds(1) : .seconds(10)
        guard ContinuousClock.now - lastPrint >= interval else { return }
        lastPrint = .now
        printed = true
        let rate = Double(events) / max(elapsed, 0.001)
        var line = "\(label): \(Console.number(events)) events, \(Console.number(Int(rate)))/s, \(bytes >> 20) MiB"
        if let total, total > 0 {
            let fraction = Double(bytes) / Double(total)
            let eta = fraction > 0 ? elapsed / fraction - elapsed : 0
            line += String(format: " of %d MiB (%.0f%%, about %.0f s left)", total >> 20, fraction * 100, eta)
        }
        if Console.stderrIsTerminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        } else {
            Console.error(line)
        }
    }

    /// Ends an in-place progress line so that the summary starts on its own line.
    func finish() {
        if printed && Console.stderrIsTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
