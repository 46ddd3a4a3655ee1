import SparkRuntime
import SparkSyntax

/// Turns requests into answers: checks the token, finds the endpoint, reads its parameters and
/// asks the served world. Never throws and never traps: every problem becomes an answer.
public struct APIRouter: Sendable {
    /// Request bodies above 1 MiB are refused unread.
    public static let bodyLimit = 1 << 20

    let world: ServedWorld
    let token: AccessToken
    let renderLines: @Sendable ([Record]) -> [UInt8]
    let requestIDs = RequestIDs()

    /// `renderLines` writes the records of a control request as `spark run --format json` does.
    public init(
        world: ServedWorld, token: AccessToken, renderLines: @escaping @Sendable ([Record]) -> [UInt8]
    ) {
        self.world = world
        self.token = token
        self.renderLines = renderLines
    }

    /// The endpoints, by path without its trailing slash.
    enum Endpoint: String, CaseIterable {
        case authorize = "/open_api/v1.3/tt_video/authorize"
        case info = "/open_api/v1.3/tt_video/info"
        case list = "/open_api/v1.3/tt_video/list"
        case unbind = "/open_api/v1.3/tt_video/unbind"
        case run = "/spark/v1/run"
        case advertisers = "/spark/v1/advertisers"
        case openAPI = "/openapi.json"

        var method: String {
            switch self {
            case .authorize, .unbind, .run: return "POST"
            case .info, .list, .advertisers, .openAPI: return "GET"
            }
        }

        /// TikTok's own endpoints answer every refusal with HTTP 200; spark's answer 401 to a bad token.
        var isTikTok: Bool { rawValue.hasPrefix("/open_api/") }

        init?(path: String) {
            let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            self.init(rawValue: trimmed)
        }
    }

    public func handle(_ request: APIRequest) async -> APIResponse {
        let requestID = requestIDs.next()
        guard case .bytes(let body) = request.body else {
            return failure(.bodyTooLarge(limit: Self.bodyLimit), requestID)
        }
        let endpoint = Endpoint(path: request.path)
        guard token.matches(request.accessToken) else {
            let error = APIError.accessToken
            let status = endpoint?.isTikTok ?? true ? 200 : 401
            return failure(APIError(code: error.code, message: error.message, httpStatus: status), requestID)
        }
        guard let endpoint else { return failure(.unknownPath(request.method, request.path), requestID) }
        guard request.method == endpoint.method else {
            return failure(.wrongMethod(request.method, request.path, allowed: endpoint.method), requestID)
        }
        do {
            return try await answer(endpoint, request, body, requestID)
        } catch {
            return failure(error, requestID)
        }
    }

    private func answer(_ endpoint: Endpoint, _ request: APIRequest, _ body: [UInt8], _ requestID: String)
        async throws(APIError) -> APIResponse
    {
        switch endpoint {
        case .authorize:
            let fields = try RequestFields(json: body)
            let (advertiser, code) = (try fields.id("advertiser_id"), try fields.string("auth_code"))
            try await world.authorize(advertiser: advertiser, code: code)
            return success(Envelope.success(requestID: requestID))
        case .info:
            let fields = RequestFields(query: request.query)
            let (advertiser, code) = (try fields.id("advertiser_id"), try fields.string("auth_code"))
            let post = try await world.info(advertiser: advertiser, code: code)
            return success(Envelope.success(requestID: requestID) { post.write(to: &$0) })
        case .list:
            let (advertiser, query) = try Self.listParameters(RequestFields(query: request.query))
            let page = try await world.list(advertiser: advertiser, query: query)
            return success(Envelope.success(requestID: requestID) { page.write(to: &$0) })
        case .unbind:
            let fields = try RequestFields(json: body)
            let (advertiser, item) = (try fields.id("advertiser_id"), try fields.id("item_id"))
            try await world.unbind(advertiser: advertiser, item: item)
            return success(Envelope.success(requestID: requestID))
        case .run:
            let records = await world.run(SourceFile(path: "<request>", bytes: body))
            return APIResponse(contentType: "application/x-ndjson", body: renderLines(records), code: nil)
        case .advertisers:
            let advertisers = await world.advertiserList()
            return success(Envelope.success(requestID: requestID) { Self.write(advertisers, to: &$0) })
        case .openAPI:
            return APIResponse(body: Array(OpenAPIDocument.text.utf8), code: nil)
        }
    }

    static func listParameters(_ fields: RequestFields) throws(APIError) -> (UInt64, ListQuery) {
        let advertiser = try fields.id("advertiser_id")
        let page = try fields.integer("page", in: 1...Int.max, default: 1)
        let pageSize = try fields.integer("page_size", in: ListQuery.pageSizes, default: 20)
        let keyword = try fields.optionalString("keyword", limit: ListQuery.keywordLimit)
        let types = try fields.itemTypes("item_types")
        return (
            advertiser,
            ListQuery(
                page: page, pageSize: pageSize, keyword: keyword, includesVideos: types.contains("VIDEO"))
        )
    }

    static func write(_ advertisers: [Advertiser], to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("list")
        writer.beginArray()
        for advertiser in advertisers {
            writer.beginObject()
            writer.field("brand", advertiser.brand)
            writer.field("advertiser_id", String(advertiser.id))
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    private func success(_ body: [UInt8]) -> APIResponse {
        APIResponse(body: body, code: 0)
    }

    private func failure(_ error: APIError, _ requestID: String) -> APIResponse {
        APIResponse(
            status: error.httpStatus, body: Envelope.failure(error, requestID: requestID), code: error.code)
    }
}
