import Foundation
import VigilSigma

extension RuleSet {
    /// The managed pack (unless `managed` is false) plus the organisation's rule directories named by `tuning`.
    /// Relative directories are read from `base` (the configuration file's folder).
    public init(tuning: DetectionTuning, base: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                managed: Bool = true, configuration: SigmaConfiguration = .init()) throws(RuleSetError) {
        try self.init(directories: tuning.rulesDirectories.map {
            ($0.hasPrefix("/") ? URL(fileURLWithPath: $0) : base.appendingPathComponent($0)).standardizedFileURL
        },
                      managed: managed, configuration: configuration)
    }

    /// The rules the tuning leaves enabled, for a `Detector` that should not evaluate the others at all.
    public func enabledRules(_ tuning: DetectionTuning) -> [DetectionRule] {
        rules.filter(tuning.isEnabled)
    }
}
