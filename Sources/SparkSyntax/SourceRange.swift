/// A half-open range of byte offsets into one `SourceFile`.
///
/// Lines and columns are not stored: they are computed only when a diagnostic is rendered, so the
/// parser's hot path carries two integers per node.
public struct SourceRange: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
