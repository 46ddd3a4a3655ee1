// swift-tools-version:6.0
import PackageDescription

// Release builds drop the run-time exclusivity checks: they guard against programmer error (two
// overlapping accesses to one variable), not bad input, and cost about 12% of a run's instructions.
// Debug builds and tests keep them.
let releaseSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
    name: "spark",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "spark", targets: ["spark"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // Source text, tokens, AST, parser, diagnostics. Knows nothing of the domain or I/O.
        .target(name: "SparkSyntax", swiftSettings: releaseSettings),
        // The Spark Code domain: World, clock, accounts, posts, codes, brands, campaigns.
        .target(name: "SparkModel", swiftSettings: releaseSettings),
        // Evaluates the AST against the World.
        .target(
            name: "SparkRuntime", dependencies: ["SparkSyntax", "SparkModel"], swiftSettings: releaseSettings),
        // libedit, for the REPL and the tutorial.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .executableTarget(
            name: "spark",
            dependencies: [
                "SparkSyntax", "SparkModel", "SparkRuntime", "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks that print figures (`make bench`); never timed tests.
        .executableTarget(
            name: "spark-bench",
            dependencies: ["SparkSyntax", "SparkModel", "SparkRuntime"]
        ),
        .testTarget(name: "SparkSyntaxTests", dependencies: ["SparkSyntax"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SparkModelTests", dependencies: ["SparkModel"]),
        .testTarget(name: "SparkRuntimeTests", dependencies: ["SparkRuntime", "SparkSyntax", "SparkModel"]),
        .testTarget(name: "SparkCLITests", dependencies: ["spark"], exclude: ["Fixtures"]),
    ]
)

// `make fuzz` (SPARK_FUZZ=1): a libFuzzer target over the parser and the runtime, built with
// `-sanitize=fuzzer,address`. Absent otherwise: a plain build never links it without libFuzzer.
if Context.environment["SPARK_FUZZ"] == "1" {
    package.targets.append(contentsOf: [
        .target(name: "CFuzzDriver", path: "Sources/spark-fuzz/CFuzzDriver"),
        .executableTarget(
            name: "spark-fuzz", dependencies: ["CFuzzDriver", "SparkSyntax", "SparkModel", "SparkRuntime"],
            exclude: ["CFuzzDriver"]),
    ])
    package.products.append(.executable(name: "spark-fuzz", targets: ["spark-fuzz"]))
}
