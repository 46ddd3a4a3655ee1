import Foundation
import Testing

@testable import SparkServer

@Suite struct OpenAPIDocumentTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theServedDocumentIsDocsOpenapiJSON() throws {
        let file = try String(
            contentsOf: Self.repository.appendingPathComponent("Docs/openapi.json"), encoding: .utf8)
        #expect(OpenAPIDocument.text + "\n" == file)
    }

    @Test func everyEndpointIsDocumented() throws {
        let document =
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any]
        let paths = Set((document?["paths"] as? [String: Any] ?? [:]).keys)
        let served = Set(
            APIRouter.Endpoint.allCases.map {
                $0.rawValue.hasPrefix("/open_api") ? $0.rawValue + "/" : $0.rawValue
            })
        #expect(paths == served)
    }
}
