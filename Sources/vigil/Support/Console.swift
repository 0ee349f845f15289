import Foundation

/// Writes to stdout and stderr. Data goes to stdout, and everything meant for a person (progress,
/// rejections, summaries) to stderr, so that pipelines stay clean.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Progress lines are only worth printing where a person watches.
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1

    static func number(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 && c != "-" { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}
