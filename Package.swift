// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "onestop",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Catalog", targets: ["Catalog"]),
        .library(name: "Notice", targets: ["Notice"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "Assessment", targets: ["Assessment"]),
        .library(name: "Hall", targets: ["Hall"]),
        .executable(name: "onestop", targets: ["onestop"]),
        .library(name: "FuzzTargets", targets: ["FuzzTargets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The system libyaml, whose events the YAML reader turns into nodes (libyaml-dev, yaml-0.1).
        .systemLibrary(
            name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .target(name: "Catalog", dependencies: ["CLibYAML"]),
        .target(name: "Notice", dependencies: ["Catalog"]),
        .target(name: "Assessment", dependencies: ["Catalog"]),
        .target(
            name: "Store",
            dependencies: [
                "Catalog", "Notice", "Assessment", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The hall's operations as every front end calls them (the CLI now, the web app next).
        .target(name: "Hall", dependencies: ["Catalog", "Notice", "Assessment", "Store"]),
        // What the libFuzzer harnesses in fuzz/ drive, and the corpus replay test replays.
        .target(
            name: "FuzzTargets",
            dependencies: ["Catalog", "Notice", "Assessment", "Store", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // A QR code encoder for the receipt's link (no package on the machine draws one).
        .target(name: "QRCode"),
        // The web app: Hummingbird routes and Mustache pages over the Hall target.
        .target(
            name: "WebApp",
            dependencies: [
                "Catalog", "Notice", "Assessment", "Store", "Hall", "QRCode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Templates"), .copy("Static")]
        ),
        .executableTarget(
            name: "onestop",
            dependencies: [
                "Catalog",
                "Notice",
                "Store",
                "Assessment",
                "Hall",
                "WebApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // bench/run's in-process timings: routing and notices on the loaded catalog.
        .executableTarget(name: "onestop-bench", dependencies: ["Catalog", "Notice", "Hall"], path: "Sources/OneStopBench"),
        // bench/run's HTTP floor: a minimal Hummingbird server returning a fixed body.
        .executableTarget(
            name: "bench-floor", dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "Sources/BenchFloor"),
        .testTarget(
            name: "CatalogTests",
            dependencies: ["Catalog"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NoticeTests",
            dependencies: ["Notice", "Catalog"],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AssessmentTests",
            dependencies: ["Assessment", "Catalog"]
        ),
        .testTarget(
            name: "StoreTests",
            dependencies: [
                "Store", "Catalog", "Notice", "Assessment", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "HallTests",
            dependencies: [
                "Hall", "Store", "Catalog", "Assessment", "Notice", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "FuzzReplayTests", dependencies: ["FuzzTargets"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                "WebApp", "Hall", "Store", "Catalog",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "onestopTests",
            dependencies: ["Catalog", "onestop", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
