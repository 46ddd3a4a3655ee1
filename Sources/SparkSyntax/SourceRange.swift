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
}
