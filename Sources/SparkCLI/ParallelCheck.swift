import Dispatch
import SparkSyntax

/// `spark check` on a big file with two threads: `SplitCheck`'s two parts, parsed at once.
public enum ParallelCheck {
    /// Files smaller than this are parsed sequentially: two threads would not pay for themselves.
    public static let defaultThreshold = 4 << 20

    /// The diagnostics of parsing (and statically checking) `file`, as `Parser(file:)` reports them.
    public static func diagnostics(of file: SourceFile, threshold: Int = defaultThreshold) -> [Diagnostic] {
        guard file.bytes.count >= threshold, let merged = parallelDiagnostics(of: file) else {
            return SplitCheck.sequentialDiagnostics(of: file)
        }
        return merged
    }

    /// The two-thread parse's diagnostics, or nil when it cannot show they are the sequential ones.
    static func parallelDiagnostics(of file: SourceFile) -> [Diagnostic]? {
        guard let cut = SplitCheck.cutPoint(in: file.bytes) else { return nil }
        let parts = Parts()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let part = SplitCheck.parse(file, cut: cut, first: index == 0)
            if index == 0 { parts.first = part } else { parts.second = part }
        }
        guard let first = parts.first, let second = parts.second else { return nil }
        return SplitCheck.merge(first, second, cut: cut)
    }

    /// Each thread writes its own field, and both are read after `concurrentPerform` returns.
    private final class Parts: @unchecked Sendable {
        var first: SplitCheck.Part?
        var second: SplitCheck.Part?
    }
}
