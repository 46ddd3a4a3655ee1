import SparkModel

/// The four Spark Ads endpoints an advertiser uses, against the World.
extension ServedWorld {
    /// `tt_video/authorize/`: the brand redeems the code (rule 6: the first brand binds it; the
    /// same brand again changes nothing; another brand is refused).
    public func authorize(advertiser: UInt64, code: String) throws(APIError) {
        let brand = try brand(advertiser)
        do { try world.redeem(code, as: brand) } catch { throw APIError(error) }
    }

    /// `tt_video/info/`: the post behind a code. A code bound to this advertiser is shown whatever
    /// its state (EXPIRED, REVOKED); an unbound one is a preview and must be usable now.
    public func info(advertiser: UInt64, code text: String) throws(APIError) -> SparkPostView {
        let brand = try brand(advertiser)
        guard CodeText.isWellFormed(text) else { throw .codeFormat }
        guard let code = world.code(text) else { throw .codeFormat }
        if let bound = code.brand {
            guard bound == brand else { throw .codeInUse }
        } else if let problem = code.whyInactive {
            throw APIError(problem)
        }
        return SparkPostView(code: code, post: world.video(code.videoID))
    }

    /// `tt_video/list/`: the advertiser's library, most recently authorized first, filtered by
    /// keyword (the item id, or words of the caption) and paged.
    public func list(advertiser: UInt64, query: ListQuery) throws(APIError) -> ListPage {
        let brand = try brand(advertiser)
        let library: [LibraryEntry]
        do { library = try world.library(of: brand) } catch { throw APIError(error) }
        let needle = query.keyword?.lowercased()
        var matching: [SparkPostView] = []
        if query.includesVideos {
            for entry in library.reversed() {
                guard let code = world.code(entry.code) else { continue }
                let post = world.video(entry.videoID)
                if let needle, !needle.isEmpty, String(entry.videoID) != needle,
                    !(post?.caption.lowercased().contains(needle) ?? false)
                {
                    continue
                }
                matching.append(SparkPostView(code: code, post: post))
            }
        }
        return ListPage(
            posts: Array(matching[query.range(of: matching.count)]), page: query.page,
            pageSize: query.pageSize, totalNumber: matching.count)
    }

    /// `tt_video/unbind/`: the post leaves the advertiser's library and the advertiser's campaigns
    /// on it stop; its codes stay bound to the advertiser. A post not in the library is 40007.
    public func unbind(advertiser: UInt64, item: UInt64) throws(APIError) {
        let brand = try brand(advertiser)
        do { try world.unbind(video: item, from: brand) } catch { throw APIError(error) }
    }
}
