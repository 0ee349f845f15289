import Foundation

extension Console {
    /// Writes text to stdout as is: callers batch many lines into one write, since alerts can be numerous.
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
