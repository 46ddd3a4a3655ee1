import SparkModel
import SparkSyntax

/// `show`, `reveal` and `list`.
extension Interpreter {
    /// The world's thing a value names; an unknown one is the domain's "not found".
    func subject(_ expression: Expression) throws(Diagnostic) -> Subject {
        let value = try value(of: expression)
        let range = expression.range
        switch value {
        case .code(let text), .string(let text):
            guard let code = world.code(text) else {
                let refusal: DomainError =
                    CodeText.isWellFormed(text) ? .codeIncorrect(text) : .codeFormat(text)
                throw diagnostic(for: refusal, at: range)
            }
            return .code(code)
        case .video(let id), .integer(let id):
            guard let post = world.video(id) else { throw diagnostic(for: .videoNotFound(id), at: range) }
            return .video(post)
        case .campaign(let name):
            guard let campaign = world.campaign(named: name) else {
                throw diagnostic(for: .campaignNotFound(name), at: range)
            }
            return .campaign(campaign)
        case .account(let handle):
            guard let account = world.account(Handle(handle)) else {
                throw diagnostic(for: .accountNotFound(Handle(handle)), at: range)
            }
            return .account(account)
        case .brand(let name):
            guard let brand = world.brand(named: name) else {
                throw diagnostic(for: .brandNotFound(name), at: range)
            }
            return .brand(brand)
        default:
            throw mismatch(expression, expected: "a code, video, campaign, account or brand", found: value)
        }
    }

    func show(_ expression: Expression, _ range: SourceRange) throws(Diagnostic) {
        let subject = try subject(expression)
        emit(card(of: subject), range)
    }

    func reveal(_ expression: Expression, _ range: SourceRange) throws(Diagnostic) {
        guard case .code(let code) = try subject(expression) else {
            throw error("only codes are secret: `reveal` takes a code", at: expression.range)
        }
        emit(.revealed(code), range)
    }

    func list(_ query: ListQuery, _ range: SourceRange) throws(Diagnostic) {
        switch query {
        case .codes(let filter):
            let codes = try codes(filter, range)
            emit(.listing(.codes(codes)), range)
        case .videos(let owner):
            let posts: [Post]
            if let owner {
                let handle = Handle(try handle(owner))
                posts = try domain(range) { () throws(DomainError) in try world.videos(of: handle) }
            } else {
                posts = world.creators().flatMap { (try? world.videos(of: $0.handle)) ?? [] }
            }
            emit(.listing(.videos(posts)), range)
        case .campaigns(let brand):
            var campaigns = world.allCampaigns()
            if let brand {
                let name = try brandName(brand)
                campaigns = try domain(range) { () throws(DomainError) in try world.campaigns(of: name) }
            }
            emit(.listing(.campaigns(campaigns)), range)
        case .brands: emit(.listing(.brands(world.allBrands())), range)
        case .creators: emit(.listing(.creators(world.creators())), range)
        }
    }

    /// What `show` shows of a thing: it, and what belongs to it.
    private func card(of subject: Subject) -> StatementResult {
        switch subject {
        case .code(let code): .card(.code(code, now: world.now))
        case .video(let post): .card(.video(post, codes: (try? world.codes(forVideo: post.id)) ?? []))
        case .campaign(let campaign): .card(.campaign(campaign))
        case .account(let account):
            .card(.account(account, codes: (try? world.codes(of: account.handle)) ?? []))
        case .brand(let brand):
            .card(
                .brand(
                    brand, campaigns: (try? world.campaigns(of: brand.name)) ?? [],
                    policy: world.libraryPolicy))
        }
    }

    private func codes(_ filter: CodeFilter?, _ range: SourceRange) throws(Diagnostic) -> [SparkCode] {
        switch filter {
        case nil: return world.allCodes()
        case .ofCreator(let creator):
            let handle = Handle(try handle(creator))
            return try domain(range) { () throws(DomainError) in try world.codes(of: handle) }
        case .inBrand(let brand):
            let name = try brandName(brand)
            return try domain(range) { () throws(DomainError) in try world.codes(in: name) }
        case .expiringWithin(let span):
            return world.codes(expiringWithin: try timeSpan(span).seconds)
        }
    }
}
