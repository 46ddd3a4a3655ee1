/// The parameters of `tt_video/list/`, validated: `page` ≥ 1, `page_size` 1 to 50 (default 20),
/// an optional `keyword` and the item types asked for.
public struct ListQuery: Sendable, Equatable {
    public var page = 1
    public var pageSize = 20
    public var keyword: String?
    /// Whether VIDEO posts are wanted (spark has no CAROUSEL posts).
    public var includesVideos = true

    public init(page: Int = 1, pageSize: Int = 20, keyword: String? = nil, includesVideos: Bool = true) {
        self.page = page
        self.pageSize = pageSize
        self.keyword = keyword
        self.includesVideos = includesVideos
    }

    public static let pageSizes = 1...50
    public static let keywordLimit = 500

    /// The slice of `count` items this page shows (empty past the end, never out of range).
    func range(of count: Int) -> Range<Int> {
        let (start, overflow) = (page - 1).multipliedReportingOverflow(by: pageSize)
        guard !overflow, start < count else { return count..<count }
        return start..<min(count, start + pageSize)
    }
}

/// One page of `tt_video/list/`: the posts and TikTok's `page_info`.
public struct ListPage: Sendable, Equatable {
    public let posts: [SparkPostView]
    public let page: Int
    public let pageSize: Int
    public let totalNumber: Int

    /// ceil(total_number / page_size); 0 when nothing matched.
    public var totalPage: Int { (totalNumber + pageSize - 1) / pageSize }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("page_info")
        writer.beginObject()
        writer.field("page", Int64(page))
        writer.field("page_size", Int64(pageSize))
        writer.field("total_number", Int64(totalNumber))
        writer.field("total_page", Int64(totalPage))
        writer.endObject()
        writer.key("list")
        writer.beginArray()
        for post in posts { post.write(to: &writer) }
        writer.endArray()
        writer.endObject()
    }
}
