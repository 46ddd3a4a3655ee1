import SparkBase
import SparkModel

/// The world's names in UTF-8 byte order, for completion, kept up to date as the world grows
/// instead of sorted afresh on every Tab.
///
/// A world only ever appends accounts, posts, brands and campaigns (a failed statement takes back
/// only what it appended itself), so the names of the first `covered` records never change: an
/// update sorts in just the records added since. Anything else (fewer records than covered, or
/// the last covered record renamed) is noticed and answered by sorting everything again.
///
///     var names = SortedWorldNames()
///     world.update(&names)   // n log n the first time, then only what was added
///     names.handles          // ["@alice", "@bob", ...]
public struct SortedWorldNames: Sendable {
    /// Handles with their `@`.
    public var handles: [String] { handleList.names }
    public var brands: [String] { brandList.names }
    /// Post ids as written (videos and stories share one id space).
    public var videoIDs: [String] { videoList.names }
    public var campaigns: [String] { campaignList.names }

    fileprivate var handleList = IncrementalSortedNames()
    fileprivate var brandList = IncrementalSortedNames()
    fileprivate var videoList = IncrementalSortedNames()
    fileprivate var campaignList = IncrementalSortedNames()

    public init() {}
}

extension World {
    /// Brings `names` up to date with this world.
    public func update(_ names: inout SortedWorldNames) {
        names.handleList.update(count: count(of: .account)) { name(of: .account, at: $0).map { "@" + $0 } }
        names.brandList.update(count: count(of: .brand)) { name(of: .brand, at: $0) }
        names.videoList.update(count: count(of: .post)) { name(of: .post, at: $0) }
        names.campaignList.update(count: count(of: .campaign), version: removals) {
            name(of: .campaign, at: $0)
        }
    }
}

/// The names of records `0..<covered`, sorted by UTF-8 bytes.
private struct IncrementalSortedNames: Sendable {
    /// Up to this many new names are inserted one by one (a binary search and a move each);
    /// more are appended and the whole list sorted once.
    static let insertionLimit = 64

    var names: [String] = []
    var covered = 0
    var lastName: String?
    /// Changes whenever a record is removed (deleted campaigns): everything is sorted again.
    var version = 0

    /// `count` records now exist; `name(i)` is the name of record `i`, nil for a removed one.
    mutating func update(count: Int, version: Int = 0, name: (Int) -> String?) {
        if count < covered || version != self.version || (covered > 0 && name(covered - 1) != lastName) {
            names = []
            covered = 0
            lastName = nil
            self.version = version
        }
        guard count > covered else { return }
        if count - covered <= IncrementalSortedNames.insertionLimit {
            for index in covered..<count { if let name = name(index) { insert(name) } }
        } else {
            names.reserveCapacity(count)
            for index in covered..<count { if let name = name(index) { names.append(name) } }
            names.sort(by: ByteOrder.precedes)
        }
        covered = count
        lastName = name(count - 1)
    }

    private mutating func insert(_ name: String) {
        var low = 0
        var high = names.count
        while low < high {
            let middle = low + (high - low) / 2
            if ByteOrder.precedes(names[middle], name) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        names.insert(name, at: low)
    }
}
