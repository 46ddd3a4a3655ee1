import SparkModel
import SparkSyntax

/// The brand's side: advertiser accounts, redeeming codes, batches (TikTok Ads Manager).
extension Interpreter {
    /// Returns the brand, for `let`.
    func createBrand(_ name: Identifier, _ displayExpression: Expression?, _ range: SourceRange)
        throws(Diagnostic) -> Value
    {
        let display = try displayExpression.map { (expression) throws(Diagnostic) in try text(expression) }
        try domain(range) { () throws(DomainError) in
            try world.createBrand(name.name, displayName: display ?? name.name)
        }
        if wantsResults, let brand = world.brand(named: name.name) { emit(.brandCreated(brand), range) }
        return .brand(name.name)
    }

    func redeem(_ codeExpression: Expression, _ brand: Identifier, _ range: SourceRange) throws(Diagnostic) {
        let text = try codeText(codeExpression)
        let focus = Focus(code: codeExpression.range, brand: brand.range)
        let entry = try domain(range, focus: focus) { () throws(DomainError) in
            try world.redeem(text, as: brand.name)
        }
        emit(.redeemed(entry), range)
    }

    /// Redeems each code on its own; returns the list of codes that were redeemed, for `let`.
    func batch(_ codesExpression: Expression, _ brand: Identifier, _ range: SourceRange) throws(Diagnostic)
        -> Value
    {
        let texts = try codeTexts(codesExpression)
        let results = try domain(range) { () throws(DomainError) in
            try world.batchRedeem(texts, as: brand.name)
        }
        let items = results.map { result in
            switch result.result {
            case .success(let entry): BatchItem(code: result.code, outcome: .authorized(entry))
            case .failure(let refusal): BatchItem(code: result.code, outcome: .refused(refusal))
            }
        }
        emit(.batch(brand: brand.name, items), range)
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
