import ArgumentParser

/// `spark test --format`: how results are printed on standard output.
enum TestReportFormat: String, ExpressibleByArgument, CaseIterable {
    /// A line per file, the failures' diagnostics, `N passed, N failed`.
    case text
    /// TAP version 14 (`TAPReport`).
    case tap
    /// One JSON object per line (`JSONTestReport`).
    case json
    /// The JUnit XML report (`JUnitReport`).
    case junit
}
