import Foundation
import SparkRuntime
import SparkServer
import SparkSyntax

/// A served world and its router, driven without sockets: requests are `APIRequest` values.
struct ServerFixture {
    static let token = "test-token"
    static let setup = """
        creator @alice
        enable ad authorization for @alice
        post video 42 by @alice "Winter haul"
        post video 43 by @alice "Summer drop"
        brand acme
        brand globex
        """

    let world: ServedWorld
    let router: APIRouter

    init(setup: String = ServerFixture.setup, seed: UInt64 = 2026) {
        world = ServedWorld(
            options: SessionOptions(seed: seed), reader: MemoryScripts(),
            files: [SourceFile(path: "setup.spark", text: setup)], startupSink: RecordBuffer())
        router = APIRouter(world: world, token: AccessToken(Self.token), renderLines: Self.renderLines)
    }

    /// The control endpoint's lines, rendered simply: one line per record (`RenderedRecord`).
    @Sendable static func renderLines(_ records: [Record]) -> [UInt8] {
        Array(records.map(RenderedRecord.init).map(\.line).joined(separator: "\n").utf8)
    }

    func get(_ path: String, _ query: [String: String], token: String? = ServerFixture.token) async -> Answer
    {
        let request = APIRequest(
            method: "GET", path: path, query: query.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            accessToken: token)
        return Answer(await router.handle(request))
    }

    func post(_ path: String, json: [String: Any], token: String? = ServerFixture.token) async -> Answer {
        let body = (try? JSONSerialization.data(withJSONObject: json)).map { [UInt8]($0) } ?? []
        return await post(path, body: body, token: token)
    }

    func post(_ path: String, body: [UInt8], token: String? = ServerFixture.token) async -> Answer {
        Answer(
            await router.handle(
                APIRequest(method: "POST", path: path, accessToken: token, body: .bytes(body))))
    }

    /// Runs a script through the control endpoint and returns its rendered lines.
    @discardableResult
    func run(_ script: String) async -> [String] {
        let answer = await post("/spark/v1/run", body: Array(script.utf8))
        return answer.text.split(separator: "\n").map(String.init)
    }

    /// A new code for `video`, revealed through the control endpoint.
    func newCode(video: UInt64 = 42, days: Int = 60) async -> String {
        let lines = await run("authorize video \(video) for \(days)d")
        return lines.last.flatMap { $0.split(separator: " ").dropFirst(2).first.map(String.init) } ?? ""
    }

    func advertiser(_ brand: String) async -> String {
        await world.advertiserList().first { $0.brand == brand }.map { String($0.id) } ?? ""
    }

    func authorize(_ code: String, as brand: String) async -> Answer {
        await post(tt("authorize"), json: ["advertiser_id": await advertiser(brand), "auth_code": code])
    }

    func info(_ code: String, as brand: String) async -> Answer {
        await get(tt("info"), ["advertiser_id": await advertiser(brand), "auth_code": code])
    }

    func list(_ brand: String, _ extra: [String: String] = [:]) async -> Answer {
        await get(tt("list"), extra.merging(["advertiser_id": await advertiser(brand)]) { first, _ in first })
    }

    func tt(_ endpoint: String) -> String { "/open_api/v1.3/tt_video/\(endpoint)/" }
}

/// A record as one short line: `result: code #...` for a code generated or revealed, else the
/// record's kind and its data as Swift prints it.
struct RenderedRecord {
    let line: String

    init(_ record: Record) {
        switch record {
        case .result(.codeGenerated(let code, _, _), _), .result(.revealed(let code), _):
            line = "result: code " + code.text
        case .result(let result, _): line = "result: \(result)"
        case .event(let event): line = "event: \(event)"
        case .warning(let diagnostic): line = "warning: " + diagnostic.message
        case .error(let diagnostic): line = "error: " + diagnostic.message
        case .check(let check): line = "check: " + (check.passed ? "passed" : "failed")
        }
    }
}

/// An answer, with its envelope parsed.
struct Answer {
    let status: Int
    let text: String
    let json: [String: Any]

    init(_ response: APIResponse) {
        status = response.status
        text = String(decoding: response.body, as: UTF8.self)
        json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
    }

    var code: Int? { json["code"] as? Int }
    var message: String { json["message"] as? String ?? "" }
    var data: [String: Any] { json["data"] as? [String: Any] ?? [:] }

    /// `data.auth_info.ad_auth_status` and friends.
    func string(_ path: String...) -> String? {
        var object: Any? = data
        for key in path { object = (object as? [String: Any])?[key] }
        return object as? String
    }

    var listed: [[String: Any]] { data["list"] as? [[String: Any]] ?? [] }
    var pageInfo: [String: Int] { data["page_info"] as? [String: Int] ?? [:] }
}

/// Scripts for `include`, from memory (the served world refuses them after start anyway).
struct MemoryScripts: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        throw Diagnostic(.error, "cannot read `\(path)`: no such file")
    }
}
