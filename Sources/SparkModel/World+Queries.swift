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

    /// `list codes`: every code, oldest first.
    public func allCodes() -> [SparkCode] {
        codes.indices.map { codeView(Int32($0)) }
    }

    /// `list codes of @alice`, oldest first.
    public func codes(of creator: Handle) throws(DomainError) -> [SparkCode] {
        codesByCreator[Int(try accountNumber(creator))].map(codeView)
    }

    /// `list codes in acme`: the codes in the brand's library, in the order they were redeemed.
    public func codes(in brand: String) throws(DomainError) -> [SparkCode] {
        libraries[Int(try brandNumber(brand))].map { codeView($0.code) }
    }

    /// The brand's library (Creative > Spark Ads).
    public func library(of brand: String) throws(DomainError) -> [LibraryEntry] {
        libraries[Int(try brandNumber(brand))].map { libraryEntry(code: $0.code) }
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
        campaignsByBrand[Int(try brandNumber(brand))].map(campaignView)
    }

    public func allCampaigns() -> [Campaign] {
        campaigns.indices.map { campaignView(Int32($0)) }.sorted { $0.name < $1.name }
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

    /// Every event so far, oldest first.
    public var events: [WorldEvent] { eventLog }

    /// What the creator has been told. Redeeming a code is not among it (rule 21).
    public func notifications(for creator: Handle) -> [WorldEvent] {
        eventLog.filter { $0.audience.contains(.creator(creator)) }
    }

    /// Whether a brand of that name exists (the runtime resolves bare names with it).
    public func brandExists(_ name: String) -> Bool {
        brandIndex[name] != nil
    }

    public var accountCount: Int { accounts.count }
    public var codeCount: Int { codes.count }
}
