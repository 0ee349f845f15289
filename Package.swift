// swift-tools-version:6.2
import PackageDescription

/// Vigil's modules follow the pipeline: Okta → ingest → store → detect → alert → notify/respond → UI.
let package = Package(
    name: "vigil",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigil", targets: ["vigil"]),
        .executable(name: "vigil-bench", targets: ["vigil-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
    ],
    targets: [
        // Okta System Log events: raw bytes, the byte-level field index, input shapes, the full model.
        .target(name: "VigilEvent"),
        // zstd from the system (Debian: libzstd-dev), for compact raw-event storage.
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // The embedded store: SQLite through GRDB, compressed raw events, FTS5, retention.
        .target(name: "VigilStore", dependencies: [
            "VigilEvent", "CZstd",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // A seeded simulated Okta org: its model, faithful System Log events, benign traffic and attack scenarios.
        .target(name: "VigilSimulator", dependencies: ["VigilEvent"], exclude: ["README.md"]),
        // The Sigma rule engine: rule model, condition parser, compiled matcher over event slots.
        .target(name: "VigilSigma", dependencies: [
            "VigilEvent",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Rule sets (the managed pack and user directories), alerts, and rule examples.
        .target(name: "VigilDetect", dependencies: ["VigilSigma", "VigilEvent"], resources: [.copy("Rules")]),
        // Ingestion: sources (System Log polling, Event Hooks, EventBridge via SQS) feeding one durable pipeline.
        .target(name: "VigilIngest", dependencies: [
            "VigilEvent", "VigilStore",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The simulated org served over HTTP like Okta: System Log, management APIs, OAuth, hooks, log streams.
        .target(name: "VigilSimulatorServer", dependencies: [
            "VigilSimulator", "VigilEvent",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], exclude: ["README.md"]),
        .executableTarget(name: "vigil", dependencies: [
            "VigilEvent", "VigilStore", "VigilSimulator", "VigilSigma", "VigilDetect",
            "VigilSimulatorServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "vigil-bench", dependencies: [
            "VigilEvent", "VigilStore", "VigilSigma", "VigilDetect",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "VigilEventTests", dependencies: ["VigilEvent"]),
        .testTarget(name: "VigilStoreTests", dependencies: [
            "VigilStore", "VigilEvent", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VigilSigmaTests", dependencies: ["VigilSigma", "VigilEvent"]),
        .testTarget(name: "VigilDetectTests", dependencies: ["VigilDetect", "VigilSigma", "VigilEvent"]),
        .testTarget(name: "VigilIngestTests", dependencies: ["VigilIngest", "VigilStore", "VigilEvent"]),
        .testTarget(name: "VigilSimulatorTests", dependencies: ["VigilSimulator", "VigilEvent"]),
        .testTarget(name: "VigilSimulatorServerTests", dependencies: [
            "VigilSimulatorServer", "VigilSimulator", "VigilEvent",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "CryptoExtras", package: "swift-crypto"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
    ]
)
