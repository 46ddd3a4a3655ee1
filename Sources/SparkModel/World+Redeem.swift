/// Brand side, in Ads Manager > Creative > Spark Ads: redeeming codes (rules 6 to 9, 19, 21).
extension World {
    /// `brand acme "Acme Outdoor"`. Each brand gets a 19-digit advertiser id: the one given, which
    /// must be unused, or the next free one counting from `Brand.firstAdvertiserID` by the number
    /// of brands, so the ids are the same on every run.
    public func createBrand(_ name: String, displayName: String, advertiserID: UInt64? = nil)
        throws(DomainError)
    {
        guard !name.isEmpty else { throw .invalidName(name) }
        try World.checkVisible(name)
        try World.checkVisible(displayName)
        guard brandIndex[name] == nil else { throw .brandExists(name) }
        let id =
            try advertiserID.map { (id) throws(DomainError) in try checkAdvertiserID(id) }
            ?? freeAdvertiserID()
        try atomically { () throws(DomainError) in
            _ = addBrand(
                BrandRecord(
                    name: name, displayName: displayName.isEmpty ? name : displayName, advertiserID: id))
        }
    }

    private func checkAdvertiserID(_ id: UInt64) throws(DomainError) -> UInt64 {
        guard Brand.advertiserIDs.contains(id) else { throw .invalidAdvertiserID(id) }
        if let owner = advertiserIndex[id] { throw .advertiserIDExists(id, brand: brands[Int(owner)].name) }
        return id
    }

    /// The first unused id from `Brand.firstAdvertiserID + number of brands` on.
    private func freeAdvertiserID() -> UInt64 {
        var id = Brand.firstAdvertiserID + UInt64(brands.count)
        while advertiserIndex[id] != nil {
            id = id < Brand.advertiserIDs.upperBound ? id + 1 : Brand.advertiserIDs.lowerBound
        }
        return id
    }

    /// `redeem #… as acme`: Apply for authorization, paste, preview, confirm. The first brand to
    /// redeem a code binds it (rule 6); the same brand redeeming again gets its entry back and
    /// nothing changes; another brand is refused. The creator is not notified (rule 21): this
    /// emits no event.
    @discardableResult
    public func redeem(_ text: String, as brand: String) throws(DomainError) -> LibraryEntry {
        let brandIndex = try brandNumber(brand)
        let index = try codeNumber(text)
        let code = codes[Int(index)]
        exercise(.codeWorksWhileLive)
        if code.deletedAt != nil {
            throw .codeNotFound(text)
        }
        if code.expiry <= clock {
            throw .codeExpired(text, at: code.expiry)
        }
        exercise(.firstBrandBinds)
        if let bound = code.brand, bound != brandIndex {
            throw .codeUsedByAnotherBrand(text)
        }
        if let problem = usabilityProblem(index) {
            throw problem
        }
        // Booleans, not a copy of the set: a copy alive across the insert below would be duplicated.
        let inLibrary = libraryPosts[Int(brandIndex)].contains(code.post)
        if code.brand == brandIndex && inLibrary {
            return libraryEntry(code: index)
        }
        // The cap counts posts: another code for a post already in the library adds nothing.
        let full = libraryPosts[Int(brandIndex)].count >= Brand.libraryLimit
        guard libraryPolicy == .guide || inLibrary || !full else { throw .libraryFull(brand: brand) }
        if codesByPost[Int(code.post)].contains(where: {
            codes[Int($0)].brand.map { $0 != brandIndex } ?? false
        }) {
            exercise(.multipleBrands)
        }
        // No event: the creator is not told (rule 21).
        exercise(.noNotification)
        return try atomically { () throws(DomainError) in
            if code.brand == nil {
                updateCode(index) { record in
                    record.brand = brandIndex
                    record.redeemedAt = clock
                }
                note(.codeRedeemed(code: text, brand: brand), at: clock)
                addLibraryEntry(LibraryRecord(code: index, authorizedAt: clock), brand: brandIndex)
            }
            setInLibrary(code.post, brand: brandIndex, true)
            return libraryEntry(code: index)
        }
    }

    /// `batch [c1, c2] as acme`: at most 20 codes (rule 9). Each code gets its own result: the ones
    /// that succeed apply, the ones that fail change nothing. The same code twice counts once (one
    /// result, in the place of its first paste). 21 or more pasted: one error, nothing applies (the
    /// limit is on the batch as entered, as Ads Manager's box refuses a 21st entry).
    public func batchRedeem(_ pasted: [String], as brand: String) throws(DomainError) -> [BatchResult] {
        exercise(.batchLimit)
        guard pasted.count <= DomainError.batchLimit else { throw .tooManyCodes(pasted.count) }
        var seen: Set<String> = []
        let texts = pasted.filter { seen.insert($0).inserted }
        _ = try brandNumber(brand)
        return try atomically { () throws(DomainError) in
            texts.map { text in
                do throws(DomainError) {
                    return BatchResult(code: text, result: .success(try redeem(text, as: brand)))
                } catch {
                    return BatchResult(code: text, result: .failure(error))
                }
            }
        }
    }

    /// The library entry of a code bound to a brand.
    func libraryEntry(code index: Int32) -> LibraryEntry {
        let code = codes[Int(index)]
        let brand = code.brand.map { brands[Int($0)].name } ?? ""
        return LibraryEntry(
            brand: brand, code: code.text, videoID: posts[Int(code.post)].id,
            creator: accounts[Int(code.creator)].handle, authorizedAt: code.redeemedAt ?? code.createdAt,
            adAuthStatus: code.deletedAt == nil && code.expiry > clock ? .authorized : .expired)
    }
}

/// One code's outcome in a batch authorization.
public struct BatchResult: Sendable {
    /// The code text as pasted.
    public let code: String
    public let result: Result<LibraryEntry, DomainError>
}
