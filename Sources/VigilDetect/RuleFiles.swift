import Foundation

/// Finds rule files (`*.yml`, `*.yaml`) below a directory, in a stable order.
enum RuleFiles {
    static func find(in directory: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
        }
        if !isDirectory.boolValue { return [directory] }
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if ["yml", "yaml"].contains(url.pathExtension.lowercased()) { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The examples file beside a rule: `<name>.examples.json`.
    static func examples(for rule: URL) -> URL {
        rule.deletingPathExtension().appendingPathExtension("examples.json")
    }
}
