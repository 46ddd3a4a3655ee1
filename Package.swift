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
        .executable(name: "spark", targets: ["spark"]),
        .executable(name: "spark-serve", targets: ["spark-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `spark serve`'s HTTP server: light, async/await, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // What several modules need, written once: calendar arithmetic, UTF-8 byte order, edit
        // distance, number grouping.
        .target(name: "SparkBase", swiftSettings: releaseSettings),
        // Source text, tokens, AST, parser, diagnostics, the table of the language. Knows nothing
        // of the domain, I/O or threads.
        .target(name: "SparkSyntax", dependencies: ["SparkBase"], swiftSettings: releaseSettings),
        // The Spark Code domain: World, clock, accounts, posts, codes, brands, campaigns.
        .target(name: "SparkModel", dependencies: ["SparkBase"], swiftSettings: releaseSettings),
        // Evaluates the AST against the World and returns data.
        .target(
            name: "SparkRuntime", dependencies: ["SparkBase", "SparkSyntax", "SparkModel"],
            swiftSettings: releaseSettings),
        // Completion, help, explain and the tutorial: what a person at a prompt is offered.
        .target(
            name: "SparkInteractive",
            dependencies: ["SparkBase", "SparkSyntax", "SparkModel", "SparkRuntime"],
            swiftSettings: releaseSettings),
        // The Language Server Protocol server: JSON-RPC messages over the syntax and completion.
        .target(
            name: "SparkLSP", dependencies: ["SparkSyntax", "SparkInteractive"],
            swiftSettings: releaseSettings),
        // libedit, for the REPL and the tutorial: its headers at build time (libedit-dev), the
        // library itself opened on first use, so that `spark run` does not load it.
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("dl")]),
        // `spark serve`: TikTok's Spark Ads endpoints (API for Business v1.3) over the runtime, and
        // the control endpoint that runs scripts in the served world.
        .target(
            name: "SparkServer",
            dependencies: [
                "SparkBase", "SparkSyntax", "SparkModel", "SparkRuntime",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: releaseSettings
        ),
        // The commands, reporters, the REPL and the tutorial's loop.
        .target(
            name: "SparkCLI",
            dependencies: [
                "SparkBase", "SparkSyntax", "SparkModel", "SparkRuntime", "SparkInteractive", "SparkLSP",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: releaseSettings
        ),
        // A thin `main`. Release builds link with lld (shipped with the toolchain) and pack the
        // relative relocations (DT_RELR, glibc 2.36+): the static Swift runtime carries some 42,000
        // of them, and applying them one by one was 90% of the dynamic loader's start-up work.
        .executableTarget(
            name: "spark", dependencies: ["SparkCLI"],
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
                    .when(configuration: .release))
            ]),
        // `spark serve` runs in this executable, which `spark` starts in its place (execv): FlyingFox
        // brings Foundation, FoundationNetworking and libcurl's 40 shared libraries, which would
        // triple the start-up of every `spark run` if `spark` itself linked them.
        .executableTarget(name: "spark-serve", dependencies: ["SparkCLI", "SparkServer"]),
        // Benchmarks that print figures (`make bench`); never timed tests.
        .executableTarget(
            name: "spark-bench",
            dependencies: [
                "SparkSyntax", "SparkModel", "SparkRuntime", "SparkInteractive", "SparkLSP", "SparkCLI",
            ]
        ),
        .testTarget(name: "SparkBaseTests", dependencies: ["SparkBase"]),
        .testTarget(name: "SparkSyntaxTests", dependencies: ["SparkSyntax"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SparkModelTests", dependencies: ["SparkModel"]),
        .testTarget(name: "SparkRuntimeTests", dependencies: ["SparkRuntime", "SparkSyntax", "SparkModel"]),
        .testTarget(
            name: "SparkInteractiveTests",
            dependencies: ["SparkInteractive", "SparkRuntime", "SparkSyntax", "SparkModel"]),
        .testTarget(name: "SparkCLITests", dependencies: ["SparkCLI"], exclude: ["Fixtures"]),
        .testTarget(name: "SparkLSPTests", dependencies: ["SparkLSP", "SparkSyntax"]),
        .testTarget(
            name: "SparkServerTests",
            dependencies: ["SparkServer", "SparkRuntime", "SparkSyntax", "SparkModel"]),
    ]
)

// `make fuzz` (SPARK_FUZZ=1): a libFuzzer target over the parser and the runtime, built with
// `-sanitize=fuzzer,address`. Absent otherwise: a plain build never links it without libFuzzer.
if Context.environment["SPARK_FUZZ"] == "1" {
    package.targets.append(contentsOf: [
        .target(name: "CFuzzDriver", path: "Sources/spark-fuzz/CFuzzDriver"),
        .executableTarget(
            name: "spark-fuzz", dependencies: ["CFuzzDriver", "SparkSyntax", "SparkModel", "SparkRuntime"],
            exclude: ["CFuzzDriver", "lsan.supp"]),
    ])
    package.products.append(.executable(name: "spark-fuzz", targets: ["spark-fuzz"]))
}
