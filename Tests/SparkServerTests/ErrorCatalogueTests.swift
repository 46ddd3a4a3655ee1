import SparkModel
import SparkServer
import Testing

@Suite struct ErrorCatalogueTests {
    static let code = "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA="

    @Test(arguments: [
        (DomainError.videoDeleted(42), 4002),
        (.codeFormat("#abc"), 4013),
        (.codeIncorrect(code), 4013),
        (.codeNotFound(code), 4014),
        (.videoNotInLibrary(video: 42, brand: "acme"), 40007),
        (.codeExpired(code, at: Instant(seconds: 0)), 4025),
        (.codeUsedByAnotherBrand(code), 4026),
        (.storyNotSupported(43), 4027),
        (.adAuthorizationOff(Handle("alice")), 4030),
        (.videoAuthorizationOff(42), 4030),
        (.libraryFull(brand: "acme"), 4031),
        (.brandNotFound("acme"), 4099),
    ])
    func domainRefusalsMapToOneNumberPerClass(error: DomainError, expected: Int) {
        let answer = APIError(error)
        #expect(answer.code == expected)
        #expect(answer.httpStatus == 200)
        #expect(!answer.message.contains(Self.code))
    }

    @Test func theEnvelopeOfAFailureHasEveryField() {
        let bytes = Envelope.failure(.codeExpired, requestID: "1")
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"code":4025,"message":"Authorization expired.","request_id":"1","data":{}}"#)
    }

    @Test func theJSONWriterEscapesWhatJSONRequires() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("text", "a\"b\\c\nd\u{1}é")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"text":"a\"b\\c\nd\u0001é"}"#)
    }
}
