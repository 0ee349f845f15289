import Foundation

/// Standard output carries data (alerts, tables); standard error carries diagnostics and summaries.
enum Console {
    /// Writes text to standard output as is; callers batch lines, since one write per alert would be slow.
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
