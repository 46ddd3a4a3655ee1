import SparkModel
import SparkSyntax

/// The brand's side: advertiser accounts, redeeming codes, batches (TikTok Ads Manager).
extension Interpreter {
    /// Returns the brand, for `let`.
    func createBrand(
        _ written: BrandName, _ displayExpression: Expression?, _ advertiserExpression: Expression?,
        _ range: SourceRange
    ) throws(Diagnostic) -> Value {
        let name = try brandName(written)
        let display = try displayExpression.map { (expression) throws(Diagnostic) in try text(expression) }
        let advertiser = try advertiserExpression.map { (expression) throws(Diagnostic) in
            try count(expression)
        }
        try domain(range) { () throws(DomainError) in
            try world.createBrand(name, displayName: display ?? name, advertiserID: advertiser)
        }
        if wantsResults, let brand = world.brand(named: name) { emit(.brandCreated(brand), range) }
        return .brand(name)
    }

    func redeem(_ codeExpression: Expression, _ written: BrandName, _ range: SourceRange) throws(Diagnostic) {
        let text = try codeText(codeExpression)
        let brand = try brandName(written)
        let focus = Focus(code: codeExpression.range, brand: written.range)
        let entry = try domain(range, focus: focus) { () throws(DomainError) in
            try world.redeem(text, as: brand)
        }
        emit(.redeemed(entry), range)
    }

    /// `unbind video 42 from acme`: the post leaves the library; campaigns on it stop (events).
    func unbind(_ videoExpression: Expression, _ written: BrandName, _ range: SourceRange) throws(Diagnostic)
    {
        let id = try videoID(videoExpression)
        let brand = try brandName(written)
        let focus = Focus(video: videoExpression.range, brand: written.range)
        let events = try domain(range, focus: focus) { () throws(DomainError) in
            try world.unbind(video: id, from: brand)
        }
        emit(.videoUnbound(videoID: id, brand: brand), range)
        report(events)
    }

    /// Redeems each code on its own; returns the list of codes that were redeemed, for `let`.
    func batch(_ codesExpression: Expression, _ written: BrandName, _ range: SourceRange) throws(Diagnostic)
        -> Value
    {
        let texts = try codeTexts(codesExpression)
        let brand = try brandName(written)
        let results = try domain(range) { () throws(DomainError) in
            try world.batchRedeem(texts, as: brand)
        }
        let items = results.map { result in
            switch result.result {
            case .success(let entry): BatchItem(code: result.code, outcome: .authorized(entry))
            case .failure(let refusal): BatchItem(code: result.code, outcome: .refused(refusal))
            }
        }
        emit(.batch(brand: brand, items), range)
        return .list(items.filter(\.isAuthorized).map { .code($0.code) })
    }

    /// A list of codes, or a name bound to one.
    private func codeTexts(_ expression: Expression) throws(Diagnostic) -> [String] {
        if case .list(let elements) = expression.kind {
            var texts: [String] = []
            for element in elements { texts.append(try codeText(element)) }
            return texts
        }
        switch try value(of: expression) {
        case .list(let values):
            var texts: [String] = []
            for value in values {
                guard case .code(let text) = value else {
                    throw mismatch(expression, expected: "a list of codes", found: value)
                }
                texts.append(text)
            }
            return texts
        case .code(let text): return [text]
        case let other: throw mismatch(expression, expected: "a list of codes such as [c1, c2]", found: other)
        }
    }

    func edit(
        _ videoExpression: Expression, _ attribute: Identifier, _ value: Expression?, _ actingAs: Expression?,
        _ range: SourceRange
    ) throws(Diagnostic) {
        let id = try videoID(videoExpression)
        guard let what = ContentAttribute(rawValue: attribute.name) else {
            let words = ContentAttribute.allCases.map(\.rawValue)
            throw error(
                "`\(attribute.name)` is not part of a video", at: attribute.range,
                notes: ["a video has: " + words.joined(separator: ", ")])
        }
        guard let actingAs else {
            throw error(
                "say who edits: `as BRAND` (or the creator edits in the TikTok app)", at: range)
        }
        let brand: String
        switch try self.value(of: actingAs) {
        case .brand(let name): brand = name
        case .account(let handle):
            throw error(
                "spark does not simulate editing by the creator (\(Handle(handle)))", at: actingAs.range,
                help: "creators edit in the TikTok app; this statement exists to show brands cannot")
        case let other: throw mismatch(actingAs, expected: "a brand", found: other)
        }
        _ = value
        let focus = Focus(video: videoExpression.range, brand: actingAs.range)
        try domain(range, focus: focus) { () throws(DomainError) in
            try world.editContent(of: id, what, as: brand)
        }
    }
}
