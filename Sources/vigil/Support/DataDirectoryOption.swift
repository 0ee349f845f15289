import ArgumentParser
import Foundation
import VigilStore

/// `--data-dir`, shared by the commands that use the store.
struct DataDirectoryOption: ParsableArguments {
    @Option(name: .customLong("data-dir"),
            help: "Vigil's data directory (default: $VIGIL_DATA_DIR, or ./vigil-data).")
    var path: String?

    var url: URL {
        URL(fileURLWithPath: path ?? ProcessInfo.processInfo.environment["VIGIL_DATA_DIR"] ?? "vigil-data")
    }

    func openStore() throws -> EventStore {
        do {
            var configuration = StoreConfiguration()
            configuration.upgradeProgress = { Console.error($0.description) }
            return try EventStore(directory: url, configuration: configuration)
        } catch {
            Console.error("cannot open the store in \(url.path): \(error)")
            throw ExitStatus.failure
        }
    }
}
