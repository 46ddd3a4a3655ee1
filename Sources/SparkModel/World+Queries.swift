/// Read-only questions for `show`, `list` and `expect`. Lookups by key are dictionary hits; lists
/// come from per-owner indexes; "expiring within" reads only the expiry buckets it needs.
extension World {
    /// The code with exactly this text (no format check: a malformed text is simply not found).
    public func code(_ text: String) -> SparkCode? {
        codeIndex[text].map(codeView)
    }

    public func video(_ id: UInt64) -> Post? {
        postIndex[id].map(postView)
    }

    public func campaign(named name: String) -> Campaign? {
        campaignIndex[name].map(campaignView)
    }

    public func account(_ handle: Handle) -> Account? {
        accountIndex[handle].map(accountView)
    }

    public func brand(named name: String) -> Brand? {
        brandIndex[name].map(brandView)
    }

    /// The brand with this advertiser id.
    public func brand(advertiserID: UInt64) -> Brand? {
        advertiserIndex[advertiserID].map(brandView)
    }

    /// `list codes`: every code, oldest first.
    public func allCodes() -> [SparkCode] {
        codes.indices.map { codeView(Int32($0)) }
    }

    /// `list codes of @alice`, oldest first.
    public func codes(of creator: Handle) throws(DomainError) -> [SparkCode] {
        codesByCreator[Int(try accountNumber(creator))].map(codeView)
    }

    /// `list codes in acme`: the codes that put posts in the brand's library, in the order they
    /// were redeemed (several per post when the creator generated several).
    public func codes(in brand: String) throws(DomainError) -> [SparkCode] {
        let index = Int(try brandNumber(brand))
        return libraries[index].filter { libraryPosts[index].contains(codes[Int($0.code)].post) }
            .map { codeView($0.code) }
    }

    /// The brand's library (Creative > Spark Ads): one entry per post, in the order the posts were
    /// first redeemed, each shown with its best code (a working one, the one that lasts longest).
    public func library(of brand: String) throws(DomainError) -> [LibraryEntry] {
        let index = Int(try brandNumber(brand))
        var best: [Int32: Int32] = [:]
        var order: [Int32] = []
        for entry in libraries[index] {
            let post = codes[Int(entry.code)].post
            guard libraryPosts[index].contains(post) else { continue }
            guard let current = best[post] else {
                best[post] = entry.code
                order.append(post)
                continue
            }
            if authorizes(entry.code, better: current) {
                best[post] = entry.code
            }
        }
        return order.compactMap { best[$0] }.map { libraryEntry(code: $0) }
    }

    /// A usable code beats an unusable one; among equals, the later expiry wins.
    private func authorizes(_ code: Int32, better other: Int32) -> Bool {
        let (usable, otherUsable) = (usabilityProblem(code) == nil, usabilityProblem(other) == nil)
        if usable != otherUsable { return usable }
        return codes[Int(code)].expiry > codes[Int(other)].expiry
    }

    /// The codes generated for one video, oldest first.
    public func codes(forVideo id: UInt64) throws(DomainError) -> [SparkCode] {
        codesByPost[Int(try postNumber(id))].map(codeView)
    }

    /// `list codes expiring within 7d`: live codes whose expiry is after now and at most `seconds`
    /// away, soonest first. Reads only the expiry buckets of the days in the window.
    public func codes(expiringWithin seconds: Int64) -> [SparkCode] {
        let limit = clock.adding(seconds: max(seconds, 0)) ?? Instant(seconds: Int64.max)
        let found = expiryIndex.codes(expiringIn: Instant(seconds: clock.seconds + 1), limit) {
            codes[Int($0)].expiry
        }
        return found.sorted { (codes[Int($0)].expiry, $0) < (codes[Int($1)].expiry, $1) }.map(codeView)
    }

    /// `list videos by @alice`, in posting order (deleted ones included, marked).
    public func videos(of creator: Handle) throws(DomainError) -> [Post] {
        postsByOwner[Int(try accountNumber(creator))].map(postView)
    }

    /// `list campaigns of acme`, in creation order.
    public func campaigns(of brand: String) throws(DomainError) -> [Campaign] {
        campaignsByBrand[Int(try brandNumber(brand))].filter { !campaigns[Int($0)].isDeleted }.map(
            campaignView)
    }

    public func allCampaigns() -> [Campaign] {
        campaigns.indices.filter { !campaigns[$0].isDeleted }.map { campaignView(Int32($0)) }
            .sorted { $0.name < $1.name }
    }

    /// Brands by name.
    public func allBrands() -> [Brand] {
        brands.indices.map { brandView(Int32($0)) }.sorted { $0.name < $1.name }
    }

    /// Creator-side accounts by handle.
    public func creators() -> [Account] {
        accounts.indices.map { accountView(Int32($0)) }.sorted { $0.handle < $1.handle }
    }

    public var deals: [Deal] { dealList }

    /// The events of the latest statement (the latest operation outside any transaction, or all the
    /// operations of the open transactions so far), oldest first. Operations also return their
    /// events; the World keeps no more than one statement's worth, so a long session never grows it.
    public var events: [WorldEvent] { eventLog }

    /// What the creator was told by the latest statement (see `events`). Redeeming a code is never
    /// among it (rule 21).
    public func notifications(for creator: Handle) -> [WorldEvent] {
        exercise(.noNotification)
        return eventLog.filter { $0.audience.contains(.creator(creator)) }
    }

    /// Whether a brand of that name exists (the runtime resolves bare names with it).
    public func brandExists(_ name: String) -> Bool {
        brandIndex[name] != nil
    }

    public var accountCount: Int { accounts.count }
    public var codeCount: Int { codes.count }
}
