import FlyingFox
import Foundation

/// The HTTP library's side: turns FlyingFox's request into an `APIRequest` (reading at most
/// `APIRouter.bodyLimit` bytes of body), the router's answer into a response, and logs the line.
struct FlyingFoxBridge: HTTPHandler {
    let router: APIRouter
    let log: RequestLog

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let started = ContinuousClock.now
        let path = request.target.path()
        let apiRequest = APIRequest(
            method: request.method.rawValue, path: path, query: request.query.map { ($0.name, $0.value) },
            accessToken: request.headers[HTTPHeader("Access-Token")], body: await Self.body(of: request))
        let answer = await router.handle(apiRequest)
        let elapsed = ContinuousClock.now - started
        let microseconds =
            elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        log.record(
            method: apiRequest.method, path: path, status: answer.status, code: answer.code,
            microseconds: microseconds)
        var headers = HTTPHeaders()
        headers[.contentType] = answer.contentType
        if case .tooLarge = apiRequest.body {
            // The rest of the body is never read: the connection cannot carry another request.
            headers[.connection] = "close"
        }
        return HTTPResponse(
            statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers,
            body: Data(answer.body))
    }

    /// The body, or `.tooLarge` as soon as it passes the limit (by its length or while reading).
    static func body(of request: HTTPRequest) async -> APIRequest.Body {
        if let count = request.bodySequence.count, count > APIRouter.bodyLimit { return .tooLarge }
        var bytes: [UInt8] = []
        do {
            for try await chunk in request.bodySequence {
                bytes.append(contentsOf: chunk)
                if bytes.count > APIRouter.bodyLimit { return .tooLarge }
            }
        } catch {
            return .bytes([])
        }
        return .bytes(bytes)
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 401: return "Unauthorized"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 413: return "Content Too Large"
        default: return "Error"
        }
    }
}
