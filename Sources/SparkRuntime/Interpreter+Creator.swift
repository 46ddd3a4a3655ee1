import SparkModel
import SparkSyntax

/// The creator's side: accounts, posts, codes (the TikTok app).
extension Interpreter {
    /// Returns the account, for `let`.
    func createAccount(_ handleExpression: Expression, _ type: AccountTypeWord?, _ range: SourceRange)
        throws(Diagnostic) -> Value
    {
        let handle = Handle(try self.handle(handleExpression))
        let accountType = AccountType(rawValue: (type ?? .personal).rawValue) ?? .personal
        try domain(range, focus: Focus(account: handleExpression.range)) { () throws(DomainError) in
            try world.createAccount(handle, type: accountType)
        }
        if wantsResults, let account = world.account(handle) { emit(.accountCreated(account), range) }
        return .account(handle.name)
    }

    func setAccountAdAuthorization(_ handleExpression: Expression, _ enabled: Bool, _ range: SourceRange)
        throws(Diagnostic)
    {
        let handle = Handle(try self.handle(handleExpression))
        try domain(range, focus: Focus(account: handleExpression.range)) { () throws(DomainError) in
            if enabled {
                try world.enableAdAuthorization(for: handle)
            } else {
                try world.disableAdAuthorization(for: handle)
            }
        }
        emit(.accountAdAuthorization(handle, enabled: enabled), range)
    }

    /// Returns the video, for `let`.
    func post(
        _ kind: PostKindWord, _ idExpression: Expression, _ ownerExpression: Expression,
        _ captionExpression: Expression?, _ visibilityWord: VisibilityWord?, _ range: SourceRange
    ) throws(Diagnostic) -> Value {
        let id = try videoID(idExpression)
        let owner = Handle(try handle(ownerExpression))
        let caption =
            try captionExpression.map { (expression) throws(Diagnostic) in try text(expression) } ?? ""
        let visibility = Visibility(rawValue: (visibilityWord ?? .public).rawValue) ?? .public
        let postKind: PostKind = kind == .story ? .story : .video
        try domain(range, focus: Focus(video: idExpression.range, account: ownerExpression.range)) {
            () throws(DomainError) in
            try world.post(postKind, id: id, by: owner, caption: caption, visibility: visibility)
        }
        emit(.posted(videoID: id, postKind, owner: owner, caption: caption, visibility), range)
        return .video(id)
    }

    func makeVideo(_ idExpression: Expression, _ word: VisibilityWord, _ range: SourceRange)
        throws(Diagnostic)
    {
        let id = try videoID(idExpression)
        let visibility = Visibility(rawValue: word.rawValue) ?? .public
        try domain(range, focus: Focus(video: idExpression.range)) { () throws(DomainError) in
            try world.setVisibility(id, to: visibility)
        }
        emit(.visibilityChanged(videoID: id, visibility), range)
    }

    /// Returns the new code, for `let c = authorize ...`. The code is shown whole this once.
    func authorize(
        _ videoExpression: Expression, _ durationExpression: Expression?, _ actingAs: Expression?,
        _ range: SourceRange
    ) throws(Diagnostic) -> Value {
        let id = try videoID(videoExpression)
        let duration = try durationExpression.map { (expression) throws(Diagnostic) in
            try authorizationDuration(expression)
        }
        let actor = try actingAs.map { (expression) throws(Diagnostic) in Handle(try handle(expression)) }
        let focus = Focus(video: videoExpression.range, account: actingAs?.range)
        let authorization = try domain(range, focus: focus) { () throws(DomainError) in
            try world.authorizeVideo(id, for: duration ?? .standard, as: actor)
        }
        let code = authorization.code
        emit(
            .codeGenerated(
                code, toggleTurnedBackOn: authorization.toggleTurnedBackOn,
                reactivated: authorization.reactivatedCodes), range)
        if let warning = authorization.warning {
            warn(
                warning.description, at: range, help: "keep the video public if you want it seen as it is now"
            )
        }
        return .code(code.text)
    }

    func extend(_ codeExpression: Expression, by spanExpression: Expression, _ range: SourceRange)
        throws(Diagnostic)
    {
        let text = try codeText(codeExpression)
        let duration = try authorizationDuration(spanExpression)
        let code = try domain(range, focus: Focus(code: codeExpression.range)) { () throws(DomainError) in
            try world.extendCode(text, by: duration)
        }
        emit(.codeExtended(code, byDays: duration.days), range)
    }

    func deleteCode(_ codeExpression: Expression, _ range: SourceRange) throws(Diagnostic) {
        let text = try codeText(codeExpression)
        let events = try domain(range, focus: Focus(code: codeExpression.range)) { () throws(DomainError) in
            try world.deleteCode(text)
        }
        if wantsResults, let code = world.code(text) { emit(.codeDeleted(code), range) }
        report(events)
    }

    func setVideoAdAuthorization(_ videoExpression: Expression, _ enabled: Bool, _ range: SourceRange)
        throws(Diagnostic)
    {
        let id = try videoID(videoExpression)
        try domain(range, focus: Focus(video: videoExpression.range)) { () throws(DomainError) in
            try world.setVideoAuthorization(id, on: enabled)
        }
        emit(.videoAdAuthorization(videoID: id, enabled: enabled), range)
    }

    func deleteVideo(_ videoExpression: Expression, _ range: SourceRange) throws(Diagnostic) {
        let id = try videoID(videoExpression)
        try domain(range, focus: Focus(video: videoExpression.range)) { () throws(DomainError) in
            try world.deleteVideo(id)
        }
        emit(.videoDeleted(videoID: id), range)
    }

    func deal(
        _ creatorExpression: Expression, _ brandWritten: BrandName, _ amountExpression: Expression?,
        _ noteExpression: Expression?, _ range: SourceRange
    ) throws(Diagnostic) {
        let creator = Handle(try handle(creatorExpression))
        let amount = Money(
            cents: try amountExpression.map { (expression) throws(Diagnostic) in try cents(expression) } ?? 0)
        let note = try noteExpression.map { (expression) throws(Diagnostic) in try text(expression) } ?? ""
        let brand = try brandName(brandWritten)
        try domain(range) { () throws(DomainError) in
            _ = try world.recordDeal(creator: creator, brand: brand, amount: amount, note: note)
        }
        emit(
            .dealRecorded(
                creator: creator, brand: brand, amount: amountExpression == nil ? nil : amount,
                note: note),
            range)
    }
}
