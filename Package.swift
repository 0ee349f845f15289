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
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Okta System Log events: raw bytes, the byte-level field index, input shapes, the full model.
        .target(name: "VigilEvent", dependencies: ["CIntrinsics"]),
        // CPU instructions only C can ask for: a cache prefetch (detection warms the next event while it evaluates this
        // one) and SSE2 byte comparisons (the scanner finds the end of a string sixteen bytes at a time).
        .target(name: "CIntrinsics"),
        // zstd, vendored (see Sources/CZstd/README.md), for compact raw-event storage.
        .target(name: "CZstd", exclude: ["README.md", "LICENSE", "COPYING"],
                cSettings: [.unsafeFlags(["-O2", "-w"])]),
        // The store's process-wide settings (SQLite, the allocator), which only C can make (see Sources/CStoreSetup/setup.c).
        .target(name: "CStoreSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
        // The embedded store: SQLite through GRDB, compressed raw events, FTS5, retention.
        .target(name: "VigilStore", dependencies: [
            "VigilEvent", "CZstd", "CStoreSetup", "CIntrinsics",
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
        .target(name: "VigilDetect", dependencies: [
            "VigilSigma", "VigilEvent", .product(name: "Yams", package: "Yams"),
        ], resources: [.copy("Rules")]),
        // Ingestion: sources (System Log polling, Event Hooks, EventBridge via SQS) feeding one durable pipeline.
        .target(name: "VigilIngest", dependencies: [
            "VigilEvent", "VigilStore", "VigilAWS", "VigilOkta",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            "VigilDetect", "VigilConfig", .product(name: "Metrics", package: "swift-metrics"),
        ]),
        // The service's configuration: YAML with environment overrides, secrets by reference, validation.
        .target(name: "VigilConfig", dependencies: [
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The ingestion service: the Hummingbird application, hook routes, health, metrics, lifecycle.
        .target(name: "VigilServer", dependencies: [
            "VigilIngest", "VigilStore", "VigilDetect", "VigilConfig", "VigilEvent", "VigilOkta", "VigilAWS", "VigilSchedule",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Okta's APIs: credentials (SSWS, private_key_jwt, client secret), rate-limit budget, retries, System Log
        // pages, inventory, lifecycle actions, event hooks, log streams, and a setup check.
        .target(name: "VigilOkta", dependencies: [
            "VigilEvent",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // A scripted Okta-like HTTP server on 127.0.0.1 for tests of the Okta client and the poller.
        .target(name: "VigilOktaTesting", dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        // AWS clients for the EventBridge path: SigV4 signing, the JSON protocols, SQS and EventBridge.
        .target(name: "VigilAWS", dependencies: [
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The local AWS-compatible server (moto) the AWS and EventBridge-path tests use.
        .target(name: "VigilAWSTesting", dependencies: ["VigilAWS"]),
        // The web UI and REST API: server-rendered pages, local accounts, sessions, API tokens, roles.
        .target(name: "VigilWeb", dependencies: [
            "VigilStore", "VigilDetect", "VigilEvent",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], exclude: ["README.md"], resources: [.copy("Templates"), .copy("Static")]),
        // Notifications: webhook, Slack and syslog channels, severity routing, digests, retries, a delivery log.
        // The service's cadences: the hourly analysis (re-evaluation, digest) and the daily cycle (retention, posture).
        .target(name: "VigilSchedule", dependencies: [
            "VigilIngest", "VigilNotify", "VigilStore", "VigilDetect", "VigilSigma", "VigilEvent",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "VigilNotify", dependencies: [
            "VigilDetect", "VigilSigma", "VigilStore", "VigilEvent",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        // The simulated org served over HTTP like Okta: System Log, management APIs, OAuth, hooks, log streams.
        .target(name: "VigilSimulatorServer", dependencies: [
            "VigilSimulator", "VigilEvent", "VigilAWS",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ], exclude: ["README.md"]),
        .executableTarget(name: "vigil", dependencies: [
            "VigilEvent", "VigilStore", "VigilSimulator", "VigilSigma", "VigilDetect", "VigilWeb",
            "VigilSimulatorServer",
            "VigilIngest", "VigilConfig", "VigilServer",
            .product(name: "Hummingbird", package: "hummingbird"),
            "VigilNotify", "VigilSchedule",
            "VigilOkta",
            "VigilAWS",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "vigil-bench", dependencies: [
            "VigilEvent", "VigilStore", "VigilSigma", "VigilDetect", "VigilSimulator",
            "VigilIngest", "VigilConfig", "VigilServer", "VigilSimulatorServer", "VigilOkta",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "VigilEventTests", dependencies: ["VigilEvent"]),
        .testTarget(name: "VigilStoreTests", dependencies: [
            "VigilStore", "VigilEvent", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "VigilSigmaTests", dependencies: ["VigilSigma", "VigilEvent"]),
        .testTarget(name: "VigilDetectTests", dependencies: ["VigilDetect", "VigilSigma", "VigilEvent", "VigilSimulator"]),
        .testTarget(name: "VigilIngestTests", dependencies: [
            "VigilIngest", "VigilStore", "VigilEvent", "VigilDetect", "VigilAWS", "VigilAWSTesting", "VigilOkta", "VigilOktaTesting",
            "VigilSimulatorServer", .product(name: "JWTKit", package: "jwt-kit"),
        ]),
        .testTarget(name: "VigilAWSTests", dependencies: [
            "VigilAWS", "VigilAWSTesting", .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "VigilOktaTests", dependencies: [
            "VigilOkta", "VigilOktaTesting", "VigilEvent",
            .product(name: "JWTKit", package: "jwt-kit"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .testTarget(name: "VigilConfigTests", dependencies: ["VigilConfig"]),
        .testTarget(name: "VigilServerTests", dependencies: [
            "VigilServer", "VigilIngest", "VigilConfig", "VigilStore", "VigilEvent", "VigilDetect",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            "VigilSimulatorServer", "VigilOkta", "VigilAWS", "VigilAWSTesting",
        ]),
        .testTarget(name: "VigilSimulatorTests", dependencies: ["VigilSimulator", "VigilEvent"]),
        .testTarget(name: "VigilWebTests", dependencies: [
            "VigilWeb", "VigilStore", "VigilDetect", "VigilEvent", "VigilSimulator", "VigilIngest",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        // Real receivers on 127.0.0.1 for tests of notifications.
        .target(name: "VigilNotifyTesting", dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        .testTarget(name: "VigilScheduleTests", dependencies: [
            "VigilSchedule", "VigilNotify", "VigilNotifyTesting", "VigilIngest", "VigilStore", "VigilDetect", "VigilSigma",
            "VigilEvent", "VigilSimulator",
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .testTarget(name: "VigilNotifyTests", dependencies: [
            "VigilNotify", "VigilNotifyTesting", "VigilDetect", "VigilSigma", "VigilStore", "VigilEvent",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
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
