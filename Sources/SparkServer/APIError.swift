/// A TikTok-level refusal: the envelope's non-zero `code` and its `message`, and the HTTP status it
/// travels with (200 for everything TikTok answers itself; 4xx only for transport faults such as an
/// unknown path). Errors are data: `APIError+Catalogue.swift` holds every number, `Envelope` renders.
public struct APIError: Error, Equatable, Sendable {
    public let code: Int
    public let message: String
    public let httpStatus: Int

    public init(code: Int, message: String, httpStatus: Int = 200) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
    }
}
