// swift-tools-version:6.0
import PackageDescription

// The libFuzzer harness, apart from the main package because it links only with
// `-sanitize=fuzzer` (see fuzz/run.sh); the code it drives is the main package's FuzzTargets.
let package = Package(
    name: "onestop-fuzz",
    dependencies: [.package(name: "onestop", path: "..")],
    targets: [
        .executableTarget(
            name: "onestop-fuzz",
            dependencies: [.product(name: "FuzzTargets", package: "onestop")]
        )
    ],
    swiftLanguageModes: [.v6]
)
