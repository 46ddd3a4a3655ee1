extension World {
    /// Opens a (nestable) transaction: everything until the matching commit or rollback can be undone.
    public func beginTransaction() {
        transactionMarks.append(undoLog.count)
    }

    /// Keeps the innermost transaction's changes (they still roll back with an enclosing one).
    public func commitTransaction() throws(DomainError) {
        guard transactionMarks.popLast() != nil else { throw .noOpenTransaction }
        settle()
    }

    /// Undoes everything since the innermost `beginTransaction()`.
    public func rollbackTransaction() throws(DomainError) {
        guard let mark = transactionMarks.popLast() else { throw .noOpenTransaction }
        undo(to: mark)
        settle()
    }

    /// How many transactions are open.
    public var transactionDepth: Int { transactionMarks.count }

    /// Runs one operation as a transaction: all of it or none of it.
    func atomically<T>(_ body: () throws(DomainError) -> T) throws(DomainError) -> T {
        let mark = undoLog.count
        transactionMarks.append(mark)
        do throws(DomainError) {
            let result = try body()
            transactionMarks.removeLast()
            settle()
            return result
        } catch {
            transactionMarks.removeLast()
            undo(to: mark)
            settle()
            throw error
        }
    }

    /// Outside every transaction the log is useless: drop it so it never grows.
    func settle() {
        if transactionMarks.isEmpty {
            undoLog.removeAll(keepingCapacity: true)
        }
    }

    /// Replays the undo log backwards down to `mark`.
    func undo(to mark: Int) {
        while undoLog.count > mark, let record = undoLog.popLast() {
            revert(record)
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
                libraries.removeLast()
                campaignsByBrand.removeLast()
            }
        case .libraryEntryAdded(let brand):
            libraries[Int(brand)].removeLast()
        case .campaign(let index, let old):
            replaceCampaign(index, with: old)
        case .campaignAdded:
            if let campaign = campaigns.popLast() {
                let index = Int32(campaigns.count)
                campaignIndex[campaign.name] = nil
                campaignsByBrand[Int(campaign.brand)].removeLast()
                liveCampaigns.remove(index)
            }
        case .dealAdded:
            dealList.removeLast()
        case .eventAdded:
            eventLog.removeLast()
        case .clock(let old):
            clock = old
        case .policy(let old):
            deletionPolicy = old
        case .libraryPolicy(let old):
            libraryPolicy = old
        }
    }
}
