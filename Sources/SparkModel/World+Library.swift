/// Brand side, in Ads Manager > Creative > Spark Ads: taking a post out of the library.
extension World {
    /// `unbind video 42 from acme`: the post leaves the brand's library, and the brand's campaigns
    /// on it (scheduled, running or paused) stop, an event like a code's expiry. Its codes stay
    /// bound to the brand, so no other brand can redeem them (rule 6); redeeming one again while it
    /// still works puts the post back.
    @discardableResult
    public func unbind(video id: UInt64, from brand: String) throws(DomainError) -> [WorldEvent] {
        let brandIndex = try brandNumber(brand)
        let post = try postNumber(id)
        guard libraryPosts[Int(brandIndex)].contains(post) else {
            throw .videoNotInLibrary(video: id, brand: brand)
        }
        let users = liveCampaigns(promoting: post).filter { campaigns[Int($0)].brand == brandIndex }
        return try atomically { () throws(DomainError) in
            setInLibrary(post, brand: brandIndex, false)
            return users.map { stop($0, reason: .removedFromLibrary(video: id), at: clock) }
        }
    }
}
