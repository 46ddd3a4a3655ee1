import SparkServer
import Testing

@Suite struct RoutingTests {
    @Test func anUnknownPathIs404WithAnEnvelope() async {
        let server = ServerFixture()
        let answer = await server.get("/open_api/v1.3/tt_video/nothing/", [:])
        #expect(answer.status == 404)
        #expect(answer.code == 40007)
        #expect(answer.message.contains("/openapi.json"))
    }

    @Test(arguments: [("GET", "authorize"), ("POST", "info"), ("DELETE", "list"), ("GET", "unbind")])
    func aWrongMethodIs405(method: String, endpoint: String) async {
        let server = ServerFixture()
        let request = APIRequest(method: method, path: server.tt(endpoint), accessToken: ServerFixture.token)
        let answer = Answer(await server.router.handle(request))
        #expect(answer.status == 405)
        #expect(answer.code == 40002)
    }

    @Test func theTrailingSlashIsOptional() async {
        let server = ServerFixture()
        let answer = await server.get(
            "/open_api/v1.3/tt_video/list", ["advertiser_id": await server.advertiser("acme")])
        #expect(answer.code == 0)
    }

    @Test(arguments: [
        "", "{", "[]", "42", "null", ##"{"advertiser_id": true, "auth_code": "#a"}"##,
        ##"{"advertiser_id": "12a", "auth_code": "#a"}"##, ##"{"advertiser_id": 1.5, "auth_code": "#a"}"##,
        ##"{"advertiser_id": "99999999999999999999", "auth_code": "#a"}"##, ##"{"auth_code": "#a"}"##,
        ##"{"advertiser_id": "1", "auth_code": 7}"##, ##"{"advertiser_id": "1", "auth_code": ""}"##,
    ])
    func badBodiesAre40002AndChangeNothing(body: String) async {
        let server = ServerFixture()
        let answer = await server.post(server.tt("authorize"), body: Array(body.utf8))
        #expect(answer.status == 200)
        #expect(answer.code == 40002)
        #expect(await server.list("acme").listed.isEmpty)
    }

    @Test func anIntegerAdvertiserIDIsAcceptedAsV12ClientsSendIt() async {
        let server = ServerFixture()
        let code = await server.newCode()
        let id = UInt64(await server.advertiser("acme")) ?? 0
        let answer = await server.post(
            server.tt("authorize"), json: ["advertiser_id": id, "auth_code": code])
        #expect(answer.code == 0)
    }

    @Test func anUnknownAdvertiserIs40001() async {
        let server = ServerFixture()
        let code = await server.newCode()
        let answer = await server.post(
            server.tt("authorize"), json: ["advertiser_id": "1", "auth_code": code])
        #expect(answer.code == 40001)
    }

    @Test func aBodyOverOneMebibyteIs413AndRunsNothing() async {
        let server = ServerFixture()
        let request = APIRequest(
            method: "POST", path: "/spark/v1/run", accessToken: ServerFixture.token, body: .tooLarge)
        let answer = Answer(await server.router.handle(request))
        #expect(answer.status == 413)
        #expect(answer.code == 40002)
        #expect(APIRouter.bodyLimit == 1_048_576)
    }

    @Test func requestIDsAre31DigitsAndUnique() async {
        let server = ServerFixture()
        let first = await server.list("acme").json["request_id"] as? String ?? ""
        let second = await server.list("acme").json["request_id"] as? String ?? ""
        #expect(first.count == 31)
        #expect(first.allSatisfy { $0.isNumber })
        #expect(first != second)
    }

    @Test func theOpenAPIDocumentIsServed() async {
        let server = ServerFixture()
        let answer = await server.get("/openapi.json", [:])
        #expect(answer.status == 200)
        #expect(answer.json["openapi"] as? String == "3.1.0")
    }
}
