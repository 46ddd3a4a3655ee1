/// Every name in the world, cheaply, for completion: no views are built.
extension World {
    public var handleNames: [String] { accounts.map { "@" + $0.handle.name } }
    public var brandNames: [String] { brands.map(\.name) }
    public var campaignNames: [String] { campaigns.filter { !$0.isDeleted }.map(\.name) }
    public var videoIDs: [UInt64] { posts.map(\.id) }
}
