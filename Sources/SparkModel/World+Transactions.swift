extension World {
    /// Opens a (nestable) transaction: everything until the matching commit or rollback can be undone.
    public func beginTransaction() {
        open()
    }

    /// Keeps the innermost transaction's changes (they still roll back with an enclosing one).
    public func commitTransaction() throws(DomainError) {
        guard undoLog.close() != nil else { throw .noOpenTransaction }
        settle()
    }

    /// Undoes everything since the innermost `beginTransaction()`.
    public func rollbackTransaction() throws(DomainError) {
        guard let mark = undoLog.close() else { throw .noOpenTransaction }
        undo(to: mark)
        settle()
    }

    /// How many transactions are open.
    public var transactionDepth: Int { undoLog.depth }

    /// Runs one operation as a transaction: all of it or none of it.
    func atomically<T>(_ body: () throws(DomainError) -> T) throws(DomainError) -> T {
        let mark = open()
        do throws(DomainError) {
            let result = try body()
            _ = undoLog.close()
            settle()
            return result
        } catch {
            _ = undoLog.close()
            undo(to: mark)
            settle()
            throw error
        }
    }

    /// Opens a transaction and returns where its log begins. An outermost transaction starts a new
    /// statement, so the previous statement's events make way (and come back on a rollback).
    @discardableResult
    private func open() -> Int {
        let mark = undoLog.count
        undoLog.begin()
        if undoLog.depth == 1 && !eventLog.isEmpty {
            undoLog.log(.eventsCleared(eventLog))
            eventLog = []
        }
        return mark
    }

    /// Outside every transaction the log is useless: drop it so it never grows.
    func settle() {
        undoLog.settle()
    }

    /// Replays the undo log backwards down to `mark`. Putting the clock back moves every running
    /// campaign's next delivery day, so the campaign queue is then rebuilt from scratch.
    func undo(to mark: Int) {
        var clockMoved = false
        while let record = undoLog.pop(downTo: mark) {
            if case .clock = record { clockMoved = true }
            revert(record)
        }
        if clockMoved {
            campaignQueue.removeAll()
            for index in liveCampaigns { requeue(index) }
        }
    }

    private func revert(_ record: UndoRecord) {
        switch record {
        case .account(let index, let old):
            accounts[Int(index)] = old
        case .accountAdded:
            if let account = accounts.popLast() {
                accountIndex[account.handle] = nil
                postsByOwner.removeLast()
                codesByCreator.removeLast()
            }
        case .post(let index, let old):
            posts[Int(index)] = old
        case .postAdded:
            if let post = posts.popLast() {
                postIndex[post.id] = nil
                postsByOwner[Int(post.owner)].removeLast()
                codesByPost.removeLast()
            }
        case .code(let index, let old):
            replaceCode(index, with: old)
        case .codeAdded:
            let index = Int32(codes.count - 1)
            replaceCode(index, with: nil)
        case .brandAdded:
            if let brand = brands.popLast() {
                brandIndex[brand.name] = nil
                advertiserIndex[brand.advertiserID] = nil
                libraries.removeLast()
                libraryPosts.removeLast()
                campaignsByBrand.removeLast()
            }
        case .libraryEntryAdded(let brand):
            libraries[Int(brand)].removeLast()
        case .libraryPostAdded(let brand, let post):
            libraryPosts[Int(brand)].remove(post)
        case .libraryPostRemoved(let brand, let post):
            libraryPosts[Int(brand)].insert(post)
        case .campaign(let index, let old):
            replaceCampaign(index, with: old)
        case .campaignAdded:
            if let campaign = campaigns.popLast() {
                let index = Int32(campaigns.count)
                campaignIndex[campaign.name] = nil
                campaignsByBrand[Int(campaign.brand)].removeLast()
                liveCampaigns.remove(index)
                campaignQueue.schedule(index, at: nil)
            }
        case .campaignNameRemoved(let index):
            campaignIndex[campaigns[Int(index)].name] = index
            deletedCampaigns -= 1
        case .dealAdded:
            dealList.removeLast()
        case .eventAdded:
            eventLog.removeLast()
        case .timelineEntryAdded:
            removeLastTimelineEntry()
        case .eventsCleared(let events):
            eventLog = events
        case .clock(let old):
            clock = old
        case .policy(let old):
            deletionPolicy = old
        case .libraryPolicy(let old):
            libraryPolicy = old
        case .generator(let old):
            generator = old
        }
    }
}
