import Foundation

/// Vigil's managed Okta rule pack, shipped as package resources in `Sources/VigilDetect/Rules`.
public enum ManagedRules {
    /// The directory holding the managed rules.
    public static var directory: URL {
        Bundle.module.url(forResource: "Rules", withExtension: nil) ?? Bundle.module.bundleURL.appendingPathComponent("Rules")
    }
}
