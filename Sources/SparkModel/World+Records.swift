/// The only places stored records change. Each records its undo entry first and keeps the
/// secondary indexes (expiry buckets, live campaigns, per-owner lists) in step. Records are
/// mutated in place inside the arrays, never copied out and written back.
extension World {
    func addAccount(_ record: AccountRecord) -> Int32 {
        let index = Int32(accounts.count)
        undoLog.logAppend(.accountAdded)
        accounts.append(record)
        accountIndex[record.handle] = index
        postsByOwner.append([])
        codesByCreator.append([])
        return index
    }

    func updateAccount(_ index: Int32, _ change: (inout AccountRecord) -> Void) {
        if undoLog.needsRecord(of: .account(index)) {
            undoLog.log(.account(index, accounts[Int(index)]), priorValueOf: .account(index))
        }
        change(&accounts[Int(index)])
    }

    func addPost(_ record: PostRecord) -> Int32 {
        let index = Int32(posts.count)
        undoLog.logAppend(.postAdded)
        posts.append(record)
        postIndex[record.id] = index
        postsByOwner[Int(record.owner)].append(index)
        codesByPost.append([])
        return index
    }

    func updatePost(_ index: Int32, _ change: (inout PostRecord) -> Void) {
        if undoLog.needsRecord(of: .post(index)) {
            undoLog.log(.post(index, posts[Int(index)]), priorValueOf: .post(index))
        }
        change(&posts[Int(index)])
    }

    func addCode(_ record: CodeRecord) -> Int32 {
        let index = Int32(codes.count)
        undoLog.logAppend(.codeAdded)
        codes.append(record)
        codeIndex[record.text] = index
        codesByPost[Int(record.post)].append(index)
        codesByCreator[Int(record.creator)].append(index)
        if record.indexed {
            expiryIndex.insert(index, expiry: record.expiry)
        }
        return index
    }

    func updateCode(_ index: Int32, _ change: (inout CodeRecord) -> Void) {
        var record = codes[Int(index)]
        if undoLog.needsRecord(of: .code(index)) {
            undoLog.log(.code(index, record), priorValueOf: .code(index))
        }
        change(&record)
        replaceCode(index, with: record)
    }

    /// Puts `record` at `index`, moving it between expiry buckets as needed; nil removes the last
    /// code (the undo of `addCode`).
    func replaceCode(_ index: Int32, with record: CodeRecord?) {
        let current = codes[Int(index)]
        if current.indexed {
            expiryIndex.remove(index, expiry: current.expiry)
        }
        guard let record else {
            codes.removeLast()
            codeIndex[current.text] = nil
            codesByPost[Int(current.post)].removeLast()
            codesByCreator[Int(current.creator)].removeLast()
            return
        }
        codes[Int(index)] = record
        if record.indexed {
            expiryIndex.insert(index, expiry: record.expiry)
        }
    }

    func addBrand(_ record: BrandRecord) -> Int32 {
        let index = Int32(brands.count)
        undoLog.logAppend(.brandAdded)
        brands.append(record)
        brandIndex[record.name] = index
        advertiserIndex[record.advertiserID] = index
        libraries.append([])
        libraryPosts.append([])
        campaignsByBrand.append([])
        return index
    }

    func addLibraryEntry(_ entry: LibraryRecord, brand: Int32) {
        undoLog.logAppend(.libraryEntryAdded(brand: brand))
        libraries[Int(brand)].append(entry)
    }

    /// Puts a post in a brand's library or takes it out; nothing when it already is or is not.
    func setInLibrary(_ post: Int32, brand: Int32, _ present: Bool) {
        if present {
            guard libraryPosts[Int(brand)].insert(post).inserted else { return }
            undoLog.logAppend(.libraryPostAdded(brand: brand, post: post))
        } else {
            guard libraryPosts[Int(brand)].remove(post) != nil else { return }
            undoLog.logAppend(.libraryPostRemoved(brand: brand, post: post))
        }
    }

    func addCampaign(_ record: CampaignRecord) -> Int32 {
        let index = Int32(campaigns.count)
        undoLog.logAppend(.campaignAdded)
        campaigns.append(record)
        campaignIndex[record.name] = index
        campaignsByBrand[Int(record.brand)].append(index)
        if record.state.isLive {
            liveCampaigns.insert(index)
            requeue(index)
        }
        return index
    }

    func updateCampaign(_ index: Int32, _ change: (inout CampaignRecord) -> Void) {
        var record = campaigns[Int(index)]
        if undoLog.needsRecord(of: .campaign(index)) {
            undoLog.log(.campaign(index, record), priorValueOf: .campaign(index))
        }
        change(&record)
        replaceCampaign(index, with: record)
    }

    func replaceCampaign(_ index: Int32, with record: CampaignRecord) {
        campaigns[Int(index)] = record
        if record.state.isLive {
            liveCampaigns.insert(index)
        } else {
            liveCampaigns.remove(index)
        }
        requeue(index)
    }

    /// Frees a deleted campaign's name (the undo puts it back).
    func removeCampaignName(_ index: Int32) {
        campaignIndex[campaigns[Int(index)].name] = nil
        deletedCampaigns += 1
        undoLog.logAppend(.campaignNameRemoved(index))
    }

    func addDeal(_ deal: Deal) {
        undoLog.logAppend(.dealAdded)
        dealList.append(deal)
    }

    /// Logs an event (for `notifications(for:)`) and returns it.
    @discardableResult
    func emit(_ kind: WorldEvent.Kind, at: Instant, to audience: [WorldEvent.Audience]) -> WorldEvent {
        let event = WorldEvent(at: at, kind: kind, audience: audience)
        undoLog.logAppend(.eventAdded)
        eventLog.append(event)
        note(.event(kind), at: at)
        return event
    }

    func moveClock(to instant: Instant) {
        guard instant != clock else { return }
        if undoLog.needsRecord(of: .clock) {
            undoLog.log(.clock(clock))
        }
        clock = instant
    }
}
