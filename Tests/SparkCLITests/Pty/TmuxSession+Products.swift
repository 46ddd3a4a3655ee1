import Foundation

extension TmuxSession {
    /// The directory of the build's products: where the test runner lives, and so where the
    /// `spark` executable this test target depends on was built (as swift-argument-parser's
    /// `AssertExecuteCommand` finds it).
    static var productsDirectory: URL {
        #if os(macOS)
            for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        return Bundle.main.bundleURL
    }

    /// The `spark` executable under test; `SPARK_BINARY` overrides it (to test an installed one).
    static var sparkExecutable: String {
        if let path = ProcessInfo.processInfo.environment["SPARK_BINARY"], !path.isEmpty { return path }
        return productsDirectory.appendingPathComponent("spark").path
    }
}
