/// The kinds of named records a world holds, in the order they were created.
public enum NamedRecordKind: Sendable {
    case account, post, brand, campaign
}

/// Names by creation order, cheaply (no views are built): what an index of names, such as
/// completion's, needs to keep itself up to date.
extension World {
    public func count(of kind: NamedRecordKind) -> Int {
        switch kind {
        case .account: accounts.count
        case .post: posts.count
        case .brand: brands.count
        case .campaign: campaigns.count
        }
    }

    /// The name of the `index`th record of its kind (a handle without `@`, a post id as written),
    /// or nil for a record that was removed (a deleted campaign keeps its place, not its name).
    public func name(of kind: NamedRecordKind, at index: Int) -> String? {
        switch kind {
        case .account: accounts[index].handle.name
        case .post: String(posts[index].id)
        case .brand: brands[index].name
        case .campaign: campaigns[index].isDeleted ? nil : campaigns[index].name
        }
    }

    /// Changes whenever a record is removed: an index of names then starts again.
    public var removals: Int { deletedCampaigns }
}
