/// A stable, indented text form of the AST for golden tests (`Fixtures/golden/*.ast`) and debugging.
/// Every node shows its kind, its payload and its byte range.
extension Statement {
    func dump() -> String {
        var dumper = ASTDumper()
        dumper.statement(self, 0)
        return dumper.lines.joined(separator: "\n") + "\n"
    }
}

struct ASTDumper {
    var lines: [String] = []

    mutating func line(_ depth: Int, _ text: String) {
        lines.append(String(repeating: "  ", count: depth) + text)
    }

    static func at(_ range: SourceRange) -> String { "@\(range.start)..<\(range.end)" }

    mutating func statement(_ node: Statement, _ depth: Int) {
        let here = ASTDumper.at(node.range)
        func head(_ name: String) { line(depth, "\(name) \(here)") }
        let inner = depth + 1
        switch node.kind {
        case .start(let value):
            head("start")
            expression("at", value, inner)
        case .advanceBy(let value):
            head("advanceBy")
            expression("by", value, inner)
        case .advanceTo(let value):
            head("advanceTo")
            expression("to", value, inner)
        case .now: head("now")
        case .creator(let handle, let type):
            head("creator accountType=\(type?.rawValue ?? "nil")")
            expression("handle", handle, inner)
        case .setAccountAdAuthorization(let handle, let enabled):
            head("setAccountAdAuthorization enabled=\(enabled)")
            expression("handle", handle, inner)
        case .post(let kind, let id, let owner, let caption, let visibility):
            head("post kind=\(kind.rawValue) visibility=\(visibility?.rawValue ?? "nil")")
            expression("id", id, inner)
            expression("owner", owner, inner)
            expression("caption", caption, inner)
        case .makeVideo(let id, let visibility):
            head("makeVideo visibility=\(visibility.rawValue)")
            expression("id", id, inner)
        case .authorize(let video, let duration, let actor):
            head("authorize")
            expression("video", video, inner)
            expression("duration", duration, inner)
            expression("actingAs", actor, inner)
        case .extend(let code, let duration):
            head("extend")
            expression("code", code, inner)
            expression("by", duration, inner)
        case .deleteCode(let code):
            head("deleteCode")
            expression("code", code, inner)
        case .setVideoAdAuthorization(let video, let enabled):
            head("setVideoAdAuthorization enabled=\(enabled)")
            expression("video", video, inner)
        case .deleteVideo(let video):
            head("deleteVideo")
            expression("video", video, inner)
        case .deal(let creator, let brand, let amount, let note):
            head("deal brand=\(ASTDumper.name(brand))")
            expression("creator", creator, inner)
            expression("amount", amount, inner)
            expression("note", note, inner)
        case .brand(let name, let display, let advertiser):
            head("brand name=\(ASTDumper.name(name))")
            expression("displayName", display, inner)
            expression("advertiser", advertiser, inner)
        case .unbind(let video, let brand):
            head("unbind brand=\(ASTDumper.name(brand))")
            expression("video", video, inner)
        case .editCampaign(let name, let fields):
            head("editCampaign")
            expression("name", name, inner)
            for field in fields { campaignField(field, inner) }
        case .deleteCampaign(let name):
            head("deleteCampaign")
            expression("campaign", name, inner)
        case .append(let value, let list):
            head("append list=\(ASTDumper.name(list))")
            expression("value", value, inner)
        case .forEach(let variable, let list, let body):
            head("for variable=\(ASTDumper.name(variable))")
            expression("list", list, inner)
            for item in body { statement(item, inner) }
        case .redeem(let code, let brand):
            head("redeem brand=\(ASTDumper.name(brand))")
            expression("code", code, inner)
        case .batch(let codes, let brand):
            head("batch brand=\(ASTDumper.name(brand))")
            expression("codes", codes, inner)
        case .campaign(let name, let brand, let fields):
            head("campaign brand=\(ASTDumper.name(brand))")
            expression("name", name, inner)
            for field in fields { campaignField(field, inner) }
        case .campaignAction(let action, let campaign):
            head("campaignAction \(action.rawValue)")
            expression("campaign", campaign, inner)
        case .edit(let video, let attribute, let value, let actor):
            head("edit attribute=\(ASTDumper.name(attribute))")
            expression("video", video, inner)
            expression("value", value, inner)
            expression("actingAs", actor, inner)
        case .show(let value):
            head("show")
            expression("value", value, inner)
        case .reveal(let value):
            head("reveal")
            expression("value", value, inner)
        case .list(let query): listQuery(query, here, depth)
        case .expectState(let subject, let negated, let state):
            head("expectState negated=\(negated) state=\(ASTDumper.name(state))")
            expression("subject", subject, inner)
        case .expectComparison(let left, let op, let right):
            head("expectComparison op=\(op.rawValue)")
            expression("left", left, inner)
            expression("right", right, inner)
        case .expectError(let matcher, let body):
            switch matcher {
            case .number(let number, let range)?: head("expectError number=\(number) \(ASTDumper.at(range))")
            case .text(let text, let range)?: head("expectError text=\(quoted(text)) \(ASTDumper.at(range))")
            case nil: head("expectError")
            }
            for item in body { statement(item, inner) }
        case .bind(let name, let value):
            head("bind name=\(ASTDumper.name(name))")
            statement(value, inner)
        case .expression(let value):
            head("expression")
            expression("value", value, inner)
        case .include(let path):
            head("include")
            expression("path", path, inner)
        case .repeatBlock(let count, let variable, let body):
            head("repeat variable=\(variable.map(ASTDumper.name) ?? "nil")")
            expression("count", count, inner)
            for item in body { statement(item, inner) }
        case .block(let body):
            head("block")
            for item in body { statement(item, inner) }
        case .policy(let name, let value):
            head("policy name=\(ASTDumper.name(name)) value=\(ASTDumper.name(value))")
        case .help(let topic): head("help topic=\(topic.map(ASTDumper.name) ?? "nil")")
        case .explain(let value):
            head("explain")
            expression("value", value, inner)
        }
    }

    private mutating func listQuery(_ query: ListQuery, _ here: String, _ depth: Int) {
        switch query {
        case .codes(nil): line(depth, "list codes \(here)")
        case .codes(.ofCreator(let creator)?):
            line(depth, "list codes of \(here)")
            expression("creator", creator, depth + 1)
        case .codes(.inBrand(let brand)?): line(depth, "list codes in=\(ASTDumper.name(brand)) \(here)")
        case .codes(.expiringWithin(let span)?):
            line(depth, "list codes expiring \(here)")
            expression("within", span, depth + 1)
        case .videos(let owner):
            line(depth, "list videos \(here)")
            expression("by", owner, depth + 1)
        case .campaigns(let brand):
            line(depth, "list campaigns of=\(brand.map(ASTDumper.name) ?? "nil") \(here)")
        case .brands: line(depth, "list brands \(here)")
        case .creators: line(depth, "list creators \(here)")
        }
    }

    private mutating func campaignField(_ field: CampaignField, _ depth: Int) {
        let here = ASTDumper.at(field.range)
        let inner = depth + 1
        switch field.kind {
        case .video(let value):
            line(depth, "field video \(here)")
            expression("value", value, inner)
        case .budget(let value, let period):
            line(depth, "field budget period=\(period.rawValue) \(here)")
            expression("amount", value, inner)
        case .schedule(let from, let until):
            line(depth, "field schedule \(here)")
            expression("from", from, inner)
            expression("to", until, inner)
        case .target(let regions, let ages):
            let ageText = ages.map { "\($0.minimum)-\($0.maximum) \(ASTDumper.at($0.range))" } ?? "nil"
            line(depth, "field target regions=\(regions.map(ASTDumper.name)) ages=\(ageText) \(here)")
        case .url(let value):
            line(depth, "field url \(here)")
            expression("value", value, inner)
        case .cta(let value):
            line(depth, "field cta \(here)")
            expression("value", value, inner)
        case .format(let format): line(depth, "field format=\(ASTDumper.name(format)) \(here)")
        }
    }

    mutating func expression(_ label: String, _ expression: Expression?, _ depth: Int) {
        guard let expression else { return }
        let here = ASTDumper.at(expression.range)
        switch expression.kind {
        case .integer(let value): line(depth, "\(label): integer \(value) \(here)")
        case .money(let cents): line(depth, "\(label): money cents=\(cents) \(here)")
        case .timeSpan(let span):
            line(depth, "\(label): timeSpan \(span.amount)\(span.unit.rawValue) \(here)")
        case .dateTime(let date):
            line(
                depth, "\(label): dateTime seconds=\(date.secondsSinceEpoch) hasTime=\(date.hasTime) \(here)")
        case .string(let text): line(depth, "\(label): string \(quoted(text)) \(here)")
        case .code(let code): line(depth, "\(label): code \(code) \(here)")
        case .handle(let handle): line(depth, "\(label): handle @\(handle) \(here)")
        case .name(let name): line(depth, "\(label): name \(ASTDumper.name(name))")
        case .list(let items):
            line(depth, "\(label): list \(here)")
            for item in items { self.expression("item", item, depth + 1) }
        case .video(let id):
            line(depth, "\(label): video \(here)")
            self.expression("id", id, depth + 1)
        case .campaign(let name):
            line(depth, "\(label): campaign \(here)")
            self.expression("name", name, depth + 1)
        case .brand(let name): line(depth, "\(label): brand \(ASTDumper.name(name))")
        default: computed(label, expression, depth)
        }
    }

    static func name(_ brand: BrandName) -> String {
        switch brand {
        case .written(let identifier): name(identifier)
        case .made: "made\(at(brand.range))"
        }
    }

    static func name(_ identifier: Identifier) -> String {
        "\(identifier.name)\(at(identifier.range))"
    }

    func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
